using ColdStart.Data.Accounts;
using ColdStart.Data.Stores;
using ColdStart.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ColdStart.Data.Tests.Stores;

/// <summary>Each account's workspace on a real migrated file: stored per account, gone with a deleted workspace, cleared by a deletion.</summary>
public sealed class WorkspaceChoiceStoreTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task A_choice_is_kept_per_account_and_a_deleted_workspace_is_forgotten()
    {
        var world = await _database.PrepareAsync();
        await world.SaveWorldAsync("shop", WorkspaceKinds.Csv, TinyWorld.Create());
        await world.SaveWorldAsync("outlet", WorkspaceKinds.Csv, TinyWorld.Create());
        var contexts = _database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            foreach (var name in (string[])["ann", "bob", "cy"])
                db.Accounts.Add(new Account { Id = name, UserName = name, NormalizedUserName = name.ToUpperInvariant(), CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }
        var choices = new WorkspaceChoiceStore(contexts);

        await choices.SetAsync("ann", "shop");
        await choices.SetAsync("bob", "shop");
        await choices.SetAsync("cy", "outlet");
        var before = (choices.Get("ann"), choices.Get("bob"), choices.Get("cy"));
        var missing = await Assert.ThrowsAsync<KeyNotFoundException>(() => choices.SetAsync("nobody", "shop"));
        var chosenBy = await choices.ClearAsync("shop");
        await new WorkspaceStore(contexts).DeleteAsync("outlet"); // deleted without clearing: the stale choice reads as none

        Assert.Equal(("shop", "shop", "outlet"), before);
        Assert.Equal(["ann", "bob"], chosenBy);
        Assert.Equal(((string?)null, (string?)null, (string?)null), (choices.Get("ann"), choices.Get("bob"), choices.Get("cy")));
        Assert.Equal("There is no account with id 'nobody'.", missing.Message);
    }

    public void Dispose() => _database.Dispose();
}
