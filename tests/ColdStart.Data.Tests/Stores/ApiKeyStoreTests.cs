using ColdStart.Data.Accounts;
using ColdStart.Data.Auditing;
using ColdStart.Tests.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ColdStart.Data.Tests.Stores;

/// <summary>API keys on a real migrated file: only the hash is stored, the owner's role comes with the key, and revoking or deactivating ends it.</summary>
public sealed class ApiKeyStoreTests : IAsyncLifetime, IDisposable
{
    private readonly TempDatabase _database = new();
    private IDbContextFactory<WorkbenchDbContext> _contexts = default!;

    public async Task InitializeAsync()
    {
        await _database.PrepareAsync();
        _contexts = _database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>();
        await using var db = await _contexts.CreateDbContextAsync();
        var role = new IdentityRole(Roles.Editor) { NormalizedName = "EDITOR" };
        db.Add(role);
        db.Accounts.Add(new Account { Id = "a1", UserName = "ed", NormalizedUserName = "ED", CreatedAt = DateTime.UtcNow });
        db.Add(new IdentityUserRole<string> { UserId = "a1", RoleId = role.Id });
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task A_key_is_stored_as_its_hash_acts_with_its_owners_role_and_stops_when_revoked_or_deactivated()
    {
        var keys = new ApiKeyStore(_contexts, new AmbientActorSource("admin"));

        var first = await keys.CreateAsync("a1", "  shop feed ");
        var second = await keys.CreateAsync("a1", "dashboard");
        var owner = await keys.FindOwnerAsync(first.Secret);
        await keys.RevokeAsync(first.Key.Id);
        var afterRevoke = await keys.FindOwnerAsync(first.Secret);
        await using (var db = await _contexts.CreateDbContextAsync())
        {
            await db.Accounts.Where(a => a.Id == "a1").ExecuteUpdateAsync(s => s.SetProperty(a => a.IsActive, false));
        }
        var afterDeactivation = await keys.FindOwnerAsync(second.Secret);

        Assert.Equal(new ApiKeyOwner("a1", "ed", Roles.Editor), owner);
        Assert.Null(afterRevoke);
        Assert.Null(afterDeactivation);
        Assert.Equal("shop feed", first.Key.Name);
        Assert.Equal(first.Secret[..12], first.Key.Prefix);
        await using var check = await _contexts.CreateDbContextAsync();
        var stored = await check.ApiKeys.OrderBy(k => k.Id).ToListAsync();
        Assert.Equal([ApiKeyStore.HashOf(first.Secret), ApiKeyStore.HashOf(second.Secret)], stored.Select(k => k.Hash));
        Assert.DoesNotContain(stored, k => k.Hash.Contains(first.Secret, StringComparison.Ordinal) || k.Prefix == first.Secret);
        Assert.Equal(["admin", "admin", "admin"], await check.AuditEntries.Where(a => a.Kind == AuditKinds.ApiKey).Select(a => a.Actor).ToListAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task A_key_needs_a_name(string name)
    {
        var keys = new ApiKeyStore(_contexts);

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => keys.CreateAsync("a1", name));

        Assert.StartsWith("name:", refused.Message, StringComparison.Ordinal);
        await using var db = await _contexts.CreateDbContextAsync();
        Assert.Empty(await db.ApiKeys.ToListAsync());
    }

    [Fact]
    public async Task An_unknown_key_finds_no_owner() =>
        Assert.Null(await new ApiKeyStore(_contexts).FindOwnerAsync(ApiKeyStore.KeyStart + "nothing-like-it"));

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _database.Dispose();
}
