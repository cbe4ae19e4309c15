using System.Security.Cryptography;
using System.Text;
using ColdStart.Data.Auditing;
using ColdStart.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ColdStart.Data.Accounts;

/// <summary>
/// API keys of accounts: a key is 32 random bytes (base64url) after <see cref="KeyStart"/>; only its SHA-256 hash is
/// stored. A key works while it is not revoked and its account is active. Creating and revoking a key are audited
/// (<see cref="AuditKinds.ApiKey"/>) in the same transaction.
/// </summary>
public sealed class ApiKeyStore(IDbContextFactory<WorkbenchDbContext> contexts, IActorSource? actors = null)
{
    /// <summary>How every key starts, so a leaked one is recognisable in logs and secret scanners.</summary>
    public const string KeyStart = "csw_";

    /// <summary>Longest key name.</summary>
    public const int MaxNameLength = 100;

    private const int PrefixLength = 12;

    /// <summary>The keys of <paramref name="accountId"/>, newest first, revoked ones included.</summary>
    public async Task<IReadOnlyList<ApiKeyInfo>> ListAsync(string accountId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.ApiKeys.AsNoTracking().Where(k => k.AccountId == accountId).ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(k => k.CreatedAt).ThenByDescending(k => k.Id).Select(ToInfo)];
    }

    /// <summary>Creates a key for <paramref name="accountId"/> named <paramref name="name"/>; the secret is returned once.</summary>
    /// <exception cref="ArgumentException">The name is empty or longer than <see cref="MaxNameLength"/>.</exception>
    /// <exception cref="KeyNotFoundException">There is no such account.</exception>
    public async Task<NewApiKey> CreateAsync(string accountId, string name, CancellationToken cancellationToken = default)
    {
        name = (name ?? "").Trim();
        if (name.Length is 0 or > MaxNameLength)
            throw new ArgumentException($"name: a key needs a name of 1 to {MaxNameLength} characters.", nameof(name));
        var secret = KeyStart + Base64Url(RandomNumberGenerator.GetBytes(32));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var owner = await OwnerNameAsync(db, accountId, cancellationToken);
        var entity = new ApiKeyEntity
        {
            AccountId = accountId, Name = name, Prefix = secret[..PrefixLength], Hash = HashOf(secret), CreatedAt = DateTime.UtcNow,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ApiKeys.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        AuditTrail.Add(db, actors, AuditKinds.ApiKey, AuditActions.Created, Subject(owner, entity), entity.Id, null, null, Snapshot(owner, entity));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new NewApiKey(ToInfo(entity), secret);
    }

    /// <summary>Revokes key <paramref name="id"/> (no effect when it already is).</summary>
    /// <exception cref="KeyNotFoundException">There is no such key.</exception>
    public async Task RevokeAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, cancellationToken)
            ?? throw new KeyNotFoundException($"There is no API key {id}.");
        if (entity.RevokedAt is not null) return;
        var owner = await OwnerNameAsync(db, entity.AccountId, cancellationToken);
        var before = Snapshot(owner, entity);
        entity.RevokedAt = DateTime.UtcNow;
        AuditTrail.Add(db, actors, AuditKinds.ApiKey, AuditActions.Revoked, Subject(owner, entity), entity.Id, null, before, Snapshot(owner, entity));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The account that owns the working key <paramref name="secret"/>, with its role: null when the key is unknown or
    /// revoked, or its account is inactive.
    /// </summary>
    public async Task<ApiKeyOwner?> FindOwnerAsync(string secret, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(secret) || !secret.StartsWith(KeyStart, StringComparison.Ordinal)) return null;
        var hash = HashOf(secret);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var owner = await (from key in db.ApiKeys
                           join account in db.Accounts on key.AccountId equals account.Id
                           where key.Hash == hash && key.RevokedAt == null && account.IsActive
                           select new { account.Id, account.UserName }).SingleOrDefaultAsync(cancellationToken);
        if (owner is null) return null;
        var roles = await (from link in db.Set<IdentityUserRole<string>>()
                           join role in db.Set<IdentityRole>() on link.RoleId equals role.Id
                           where link.UserId == owner.Id
                           select role.Name).ToListAsync(cancellationToken);
        return new ApiKeyOwner(owner.Id, owner.UserName ?? "", Roles.HighestOf(roles));
    }

    /// <summary>Lower-case hex SHA-256 of the key's UTF-8 bytes (a key is random, so no salt or stretching is needed).</summary>
    public static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static async Task<string> OwnerNameAsync(WorkbenchDbContext db, string accountId, CancellationToken cancellationToken) =>
        await db.Accounts.Where(a => a.Id == accountId).Select(a => a.UserName).SingleOrDefaultAsync(cancellationToken)
        ?? throw new KeyNotFoundException($"There is no account {accountId}.");

    private static string Subject(string owner, ApiKeyEntity key) => $"{owner}: {key.Name} ({key.Prefix}…)";

    private static object Snapshot(string owner, ApiKeyEntity key) =>
        new { account = owner, name = key.Name, prefix = key.Prefix, revoked = key.RevokedAt is not null };

    private static ApiKeyInfo ToInfo(ApiKeyEntity k) => new(
        k.Id, k.AccountId, k.Name, k.Prefix, DateTime.SpecifyKind(k.CreatedAt, DateTimeKind.Utc),
        k.RevokedAt is { } r ? DateTime.SpecifyKind(r, DateTimeKind.Utc) : null);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
