using ColdStart.Data;
using ColdStart.Data.Accounts;
using ColdStart.Data.Auditing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ColdStart.Workbench.Accounts;

/// <summary>
/// Creates and changes accounts through Identity's user manager (one service scope per operation, so a Blazor circuit
/// never holds a long-lived context) and records every change in the audit trail. Refuses to leave the workbench
/// without an active admin.
/// </summary>
public sealed class AccountDirectory(IServiceScopeFactory scopes, IDbContextFactory<WorkbenchDbContext> contexts, AccountAudit audit)
{
    /// <summary>Every account by name, with its role.</summary>
    public async Task<IReadOnlyList<AccountRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var accounts = await db.Accounts.AsNoTracking().ToListAsync(cancellationToken);
        var roles = await RolesByAccountAsync(db, cancellationToken);
        return [.. accounts.OrderBy(a => a.UserName, StringComparer.OrdinalIgnoreCase).Select(a => new AccountRow(
            a.Id, a.UserName ?? "", roles.GetValueOrDefault(a.Id, Roles.Viewer), a.IsActive, a.LockoutEnd,
            DateTime.SpecifyKind(a.CreatedAt, DateTimeKind.Utc)))];
    }

    /// <summary>Whether an active account holds the admin role.</summary>
    public async Task<bool> AnyAdminAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ActiveAdminIds(db).AnyAsync(cancellationToken);
    }

    /// <summary>Creates an active account with <paramref name="role"/>.</summary>
    /// <exception cref="AccountChangeException">The name is taken or invalid, the password breaks a rule, or the role is unknown.</exception>
    public async Task<AccountRow> CreateAsync(string userName, string password, string role, CancellationToken cancellationToken = default)
    {
        if (!Roles.IsKnown(role)) throw new AccountChangeException($"role: '{role}' is not one of {string.Join(", ", Roles.All)}.");
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        await EnsureRolesAsync(scope.ServiceProvider);
        var account = new Account { UserName = (userName ?? "").Trim(), CreatedAt = DateTime.UtcNow };
        Check(await users.CreateAsync(account, password ?? ""));
        Check(await users.AddToRoleAsync(account, role));
        var created = new AccountSnapshot(account.UserName, role, true);
        await audit.RecordAsync(AuditActions.Created, null, created, cancellationToken);
        return new AccountRow(account.Id, account.UserName, role, true, null, account.CreatedAt);
    }

    /// <summary>Gives account <paramref name="id"/> <paramref name="role"/> instead of its current one; its sessions end.</summary>
    /// <exception cref="AccountChangeException">Unknown role or account, or it is the last active admin.</exception>
    public Task SetRoleAsync(string id, string role, CancellationToken cancellationToken = default)
    {
        if (!Roles.IsKnown(role)) throw new AccountChangeException($"role: '{role}' is not one of {string.Join(", ", Roles.All)}.");
        return ChangeAsync(id, role, active: null, cancellationToken);
    }

    /// <summary>Activates or deactivates account <paramref name="id"/>; a deactivated account's sessions and API keys stop working.</summary>
    /// <exception cref="AccountChangeException">Unknown account, or it is the last active admin.</exception>
    public Task SetActiveAsync(string id, bool active, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, role: null, active, cancellationToken);

    /// <summary>Sets a new password for account <paramref name="id"/> (an admin's reset) and lifts a lock-out.</summary>
    /// <exception cref="AccountChangeException">Unknown account, or the password breaks a rule.</exception>
    public async Task ResetPasswordAsync(string id, string password, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var account = await users.FindByIdAsync(id) ?? throw new AccountChangeException($"There is no account {id}.");
        var token = await users.GeneratePasswordResetTokenAsync(account);
        Check(await users.ResetPasswordAsync(account, token, password ?? ""));
        Check(await users.SetLockoutEndDateAsync(account, null));
        await users.ResetAccessFailedCountAsync(account);
        var state = await SnapshotAsync(users, account);
        await audit.RecordAsync(AuditActions.PasswordReset, state, state, cancellationToken);
    }

    private async Task ChangeAsync(string id, string? role, bool? active, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        await EnsureRolesAsync(scope.ServiceProvider);
        var account = await users.FindByIdAsync(id) ?? throw new AccountChangeException($"There is no account {id}.");
        var before = await SnapshotAsync(users, account);
        var after = before with { Role = role ?? before.Role, Active = active ?? before.Active };
        if (after == before) return;
        if (before is { Role: Roles.Admin, Active: true } && after is not { Role: Roles.Admin, Active: true } && await ActiveAdminCountAsync(cancellationToken) <= 1)
            throw new AccountChangeException($"'{before.UserName}' is the last active admin; make another account admin first.");
        if (after.Role != before.Role)
        {
            Check(await users.RemoveFromRolesAsync(account, await users.GetRolesAsync(account)));
            Check(await users.AddToRoleAsync(account, after.Role));
        }
        if (after.Active != before.Active)
        {
            account.IsActive = after.Active;
            Check(await users.UpdateAsync(account));
        }
        // Ends the account's cookie sessions and open circuits at their next check (AccountRevalidation, the cookie's validator).
        Check(await users.UpdateSecurityStampAsync(account));
        await audit.RecordAsync(AuditActions.Updated, before, after, cancellationToken);
    }

    private static async Task<AccountSnapshot> SnapshotAsync(UserManager<Account> users, Account account)
    {
        var roles = await users.GetRolesAsync(account);
        return new AccountSnapshot(account.UserName ?? "", Roles.HighestOf(roles), account.IsActive);
    }

    private async Task<int> ActiveAdminCountAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ActiveAdminIds(db).CountAsync(cancellationToken);
    }

    private static IQueryable<string> ActiveAdminIds(WorkbenchDbContext db) =>
        from link in db.Set<IdentityUserRole<string>>()
        join role in db.Set<IdentityRole>() on link.RoleId equals role.Id
        join account in db.Accounts on link.UserId equals account.Id
        where role.Name == Roles.Admin && account.IsActive
        select account.Id;

    private static async Task<Dictionary<string, string>> RolesByAccountAsync(WorkbenchDbContext db, CancellationToken cancellationToken)
    {
        var links = await (from link in db.Set<IdentityUserRole<string>>()
                           join role in db.Set<IdentityRole>() on link.RoleId equals role.Id
                           select new { link.UserId, role.Name }).ToListAsync(cancellationToken);
        return links.GroupBy(l => l.UserId).ToDictionary(g => g.Key, g => Roles.HighestOf(g.Select(l => l.Name)));
    }

    private static async Task EnsureRolesAsync(IServiceProvider services)
    {
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var name in Roles.All)
            if (!await roles.RoleExistsAsync(name)) Check(await roles.CreateAsync(new IdentityRole(name)));
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new AccountChangeException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
