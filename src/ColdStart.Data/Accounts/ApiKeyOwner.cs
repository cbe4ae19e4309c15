namespace ColdStart.Data.Accounts;

/// <summary>Who an API key acts as: its account's id, name and role (one of <see cref="Roles"/>).</summary>
public sealed record ApiKeyOwner(string AccountId, string UserName, string Role);
