namespace ColdStart.Data.Accounts;

/// <summary>What the audit trail records of an account: its name, role and whether it is active (never a password hash).</summary>
public sealed record AccountSnapshot(string UserName, string Role, bool Active);
