using ColdStart.Data.Storage;
using ColdStart.Data.Tests.Support;
using ColdStart.Engine.Domain;
using ColdStart.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace ColdStart.Data.Tests.Storage;

public sealed class WorldStoreRoundTripTests
{
    [Fact]
    public async Task Items_tags_users_and_events_survive_write_and_read()
    {
        using var database = new TempDatabase();
        var store = await database.PrepareAsync();
        var world = TinyWorld.Create();

        await store.SaveWorldAsync("tiny", WorkspaceKinds.Csv, world);
        var loaded = await store.LoadDatasetAsync("tiny");

        Assert.Equal("tiny", loaded.Name);
        WorldAssert.Same(world, loaded);
        Assert.Equal(world.Now, loaded.Now);
    }

    [Fact]
    public async Task Two_workspaces_live_side_by_side_with_their_own_indices()
    {
        using var database = new TempDatabase();
        var store = await database.PrepareAsync();
        var first = TinyWorld.Create("first");
        var second = new Dataset("second", first.Items.Skip(2).ToList(), first.Users.Take(1).ToList(),
            [new Event(0, 2, EventType.Purchase, TinyWorld.Start), new Event(0, 0, EventType.View, TinyWorld.Start + 5)]);

        await store.SaveWorldAsync("first", WorkspaceKinds.Sample, first);
        await store.SaveWorldAsync("second", WorkspaceKinds.Csv, second);

        WorldAssert.Same(first, await store.LoadDatasetAsync("first"));
        WorldAssert.Same(second, await store.LoadDatasetAsync("second"));
        Assert.Equal(["first", "second"], await store.ListWorkspacesAsync());
    }

    [Fact]
    public async Task Events_load_in_time_order_whatever_the_stored_order()
    {
        using var database = new TempDatabase();
        var store = await database.PrepareAsync();
        var world = TinyWorld.Create();
        var shuffled = world with { Events = world.Events.Reverse().ToList() };

        await store.SaveWorldAsync("tiny", WorkspaceKinds.Csv, shuffled);
        var loaded = await store.LoadDatasetAsync("tiny");

        Assert.Equal(world.Events.Select(e => e.Timestamp), loaded.Events.Select(e => e.Timestamp));
        Assert.Equal(world.Events.ToHashSet(), loaded.Events.ToHashSet());
    }

    [Fact]
    public async Task Items_without_events_are_flagged_new_and_archetypes_are_stored()
    {
        using var database = new TempDatabase();
        var store = await database.PrepareAsync();
        var world = TinyWorld.Create();

        await store.SaveWorldAsync(new WorkspaceContent("tiny", WorkspaceKinds.Sample, world, UserArchetypes: [2, 0, 1]));

        await using var db = database.CreateContext();
        var newItems = await db.Items.Where(i => i.IsNew).Select(i => i.ExternalId).ToListAsync();
        Assert.Equal(["SKU-5"], newItems);
        Assert.Equal([2, 0, 1], await store.LoadUserArchetypesAsync("tiny"));
    }

    [Fact]
    public async Task Tags_are_a_normalised_table_searchable_by_tag()
    {
        using var database = new TempDatabase();
        var store = await database.PrepareAsync();
        await store.SaveWorldAsync("tiny", WorkspaceKinds.Csv, TinyWorld.Create());

        await using var db = database.CreateContext();
        var camping = await db.ItemTags.Where(t => t.Tag == "camping").Select(t => t.Item!.ExternalId).OrderBy(x => x).ToListAsync();

        Assert.Equal(["SKU-1", "SKU-2", "SKU-5"], camping);
        Assert.Equal(10, await db.ItemTags.CountAsync());
    }

    [Fact]
    public async Task Loading_an_unknown_workspace_names_it()
    {
        using var database = new TempDatabase();
        var store = await database.PrepareAsync();

        var error = await Assert.ThrowsAsync<KeyNotFoundException>(() => store.LoadDatasetAsync("nowhere"));

        Assert.Contains("'nowhere'", error.Message);
    }
}
