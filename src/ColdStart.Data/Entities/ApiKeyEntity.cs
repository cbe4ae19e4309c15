namespace ColdStart.Data.Entities;

/// <summary>
/// An API key of an account: only its SHA-256 hash is stored (the key itself is shown once, when it is created); a
/// request with the key acts as the account, with the account's role.
/// </summary>
public sealed class ApiKeyEntity
{
    public int Id { get; set; }

    /// <summary>The owning account (<c>AspNetUsers.Id</c>); deleting the account deletes its keys.</summary>
    public required string AccountId { get; set; }

    /// <summary>What the key is for, as its creator named it.</summary>
    public required string Name { get; set; }

    /// <summary>The key's first characters, shown in lists so a key can be recognised without storing it.</summary>
    public required string Prefix { get; set; }

    /// <summary>Lower-case hex SHA-256 of the key (unique).</summary>
    public required string Hash { get; set; }

    /// <summary>When it was created (UTC).</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>When it was revoked (UTC); null while it works.</summary>
    public DateTime? RevokedAt { get; set; }
}
