using ColdStart.Data.Stores;
using ColdStart.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ColdStart.Data.Tests.Stores;

public sealed class ImpressionStoreTests : IAsyncLifetime, IDisposable
{
    private readonly TempDatabase _database = new();
    private ImpressionStore _impressions = null!;
    private string[] _items = [];

    public async Task InitializeAsync()
    {
        var store = await _database.PrepareAsync();
        var world = TinyWorld.Create();
        await store.SaveWorldAsync("tiny", WorkspaceKinds.Csv, world);
        await store.SaveWorldAsync("other", WorkspaceKinds.Csv, TinyWorld.Create("other"));
        _items = [.. world.Items.Select(i => i.Id)];
        _impressions = new ImpressionStore(_database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Impressions_add_up_per_item_and_workspace_and_unknown_items_are_skipped()
    {
        Assert.Equal(3, await _impressions.AddAsync("tiny", [_items[0], _items[1], _items[0]]));
        Assert.Equal(2, await _impressions.AddAsync("tiny", [_items[0], "NO-SUCH-ITEM", _items[2]]));
        Assert.Equal(1, await _impressions.AddAsync("other", [_items[0]]));

        var tiny = await _impressions.ReadAsync("tiny");

        Assert.Equal(new Dictionary<string, long> { [_items[0]] = 3, [_items[1]] = 1, [_items[2]] = 1 }, tiny);
        Assert.Equal(new Dictionary<string, long> { [_items[0]] = 1 }, await _impressions.ReadAsync("other"));
        Assert.Empty(await _impressions.ReadAsync("missing"));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => _impressions.AddAsync("missing", [_items[0]]));
    }

    [Fact]
    public async Task Deleting_a_workspace_deletes_its_impressions_only()
    {
        await _impressions.AddAsync("tiny", [_items[0]]);
        await _impressions.AddAsync("other", [_items[0], _items[1]]);
        var workspaces = new WorkspaceStore(_database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>());

        await workspaces.DeleteAsync("other");

        await using var db = _database.CreateContext();
        Assert.Equal(1, await db.ItemImpressions.CountAsync());
        Assert.Equal(1, (await _impressions.ReadAsync("tiny"))[_items[0]]);
    }
}
