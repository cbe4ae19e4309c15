using ColdStart.Data.Accounts;

namespace ColdStart.Workbench.Accounts;

/// <summary>
/// Whether the workbench has its first admin yet, and the one way to create that admin (the setup page). Once an admin
/// exists the answer is cached: the last admin cannot be removed (<see cref="AccountDirectory"/>).
/// </summary>
public sealed class SetupState(AccountDirectory accounts) : IDisposable
{
    private readonly SemaphoreSlim _creating = new(1, 1);
    private volatile bool _hasAdmin;

    /// <summary>Whether an active admin exists.</summary>
    public async ValueTask<bool> HasAdminAsync(CancellationToken cancellationToken = default)
    {
        if (_hasAdmin) return true;
        _hasAdmin = await accounts.AnyAdminAsync(cancellationToken);
        return _hasAdmin;
    }

    /// <summary>Creates the first admin; refused once one exists (two setup pages submitted at once create one admin).</summary>
    /// <exception cref="AccountChangeException">An admin exists already, or the name or password is refused.</exception>
    public async Task<AccountRow> CreateFirstAdminAsync(string userName, string password, CancellationToken cancellationToken = default)
    {
        await _creating.WaitAsync(cancellationToken);
        try
        {
            if (await HasAdminAsync(cancellationToken)) throw new AccountChangeException("The workbench already has an admin; sign in instead.");
            var admin = await accounts.CreateAsync(userName, password, Roles.Admin, cancellationToken);
            _hasAdmin = true;
            return admin;
        }
        finally
        {
            _creating.Release();
        }
    }

    public void Dispose() => _creating.Dispose();
}
