using Microsoft.EntityFrameworkCore;

namespace ColdStart.Data.Accounts;

/// <summary>
/// Which workspace each account works on (<see cref="Account.ActiveWorkspace"/>), so that switching changes it for that
/// person only and the choice survives a restart. An account without a choice, or whose choice no longer exists, gets
/// the server-wide default (the caller's). Single-user mode has no account rows; it keeps its one choice in
/// <see cref="Stores.ActiveWorkspaceFile"/>.
/// </summary>
public sealed class WorkspaceChoiceStore(IDbContextFactory<WorkbenchDbContext> contexts)
{
    /// <summary>
    /// The workspace <paramref name="accountId"/> chose, when it still exists; else null. Synchronous: a circuit or an
    /// API request resolves its workspace when it first reads the live model (one indexed query).
    /// </summary>
    public string? Get(string accountId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountId);
        using var db = contexts.CreateDbContext();
        var chosen = db.Accounts.AsNoTracking().Where(a => a.Id == accountId).Select(a => a.ActiveWorkspace).FirstOrDefault();
        return chosen is not null && db.Workspaces.Any(w => w.Name == chosen) ? chosen : null;
    }

    /// <summary>Stores <paramref name="workspace"/> as the choice of <paramref name="accountId"/>.</summary>
    /// <exception cref="KeyNotFoundException">There is no such account.</exception>
    public async Task SetAsync(string accountId, string workspace, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountId);
        ArgumentException.ThrowIfNullOrWhiteSpace(workspace);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        int changed = await db.Accounts.Where(a => a.Id == accountId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.ActiveWorkspace, workspace), cancellationToken);
        if (changed == 0) throw new KeyNotFoundException($"There is no account with id '{accountId}'.");
    }

    /// <summary>
    /// Forgets <paramref name="workspace"/> as anyone's choice (it was deleted): those accounts get the default again.
    /// Returns the user names of the accounts that had chosen it, ordered.
    /// </summary>
    public async Task<IReadOnlyList<string>> ClearAsync(string workspace, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workspace);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var names = await db.Accounts.Where(a => a.ActiveWorkspace == workspace).OrderBy(a => a.UserName)
            .Select(a => a.UserName ?? a.Id).ToListAsync(cancellationToken);
        await db.Accounts.Where(a => a.ActiveWorkspace == workspace)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.ActiveWorkspace, (string?)null), cancellationToken);
        return names;
    }
}
