namespace ColdStart.Data.Accounts;

/// <summary>An API key as listed: never the key itself, only the prefix it starts with.</summary>
public sealed record ApiKeyInfo(int Id, string AccountId, string Name, string Prefix, DateTime CreatedAt, DateTime? RevokedAt)
{
    public bool IsRevoked => RevokedAt is not null;
}

/// <summary>A key just created: <see cref="Secret"/> is shown once and stored nowhere.</summary>
public sealed record NewApiKey(ApiKeyInfo Key, string Secret);
