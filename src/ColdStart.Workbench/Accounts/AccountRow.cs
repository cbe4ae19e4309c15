namespace ColdStart.Workbench.Accounts;

/// <summary>An account as the Users page lists it.</summary>
public sealed record AccountRow(string Id, string UserName, string Role, bool IsActive, DateTimeOffset? LockedOutUntil, DateTime CreatedAt)
{
    public bool IsLockedOut => LockedOutUntil is { } until && until > DateTimeOffset.UtcNow;
}
