using ColdStart.Data.Storage;
using ColdStart.Data.Tests.Support;
using ColdStart.Engine.Domain;
using ColdStart.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace ColdStart.Data.Tests.Storage;

public sealed class WorldStoreSaveGuardTests
{
    [Fact]
    public async Task A_workspace_with_items_is_never_overwritten()
    {
        using var database = new TempDatabase();
        var store = await database.PrepareAsync();
        await store.SaveWorldAsync("tiny", WorkspaceKinds.Csv, TinyWorld.Create());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => store.SaveWorldAsync("tiny", WorkspaceKinds.Csv, TinyWorld.Create()));

        Assert.Contains("'tiny' already holds 5 items", error.Message);
        await using var db = database.CreateContext();
        Assert.Equal((5, 10), (await db.Items.CountAsync(), await db.Events.CountAsync()));
    }

    [Fact]
    public async Task A_database_locked_by_another_process_is_reported_in_one_line_and_nothing_is_written()
    {
        using var database = new TempDatabase(); // Data:BusyTimeoutSeconds = 1
        var store = await database.PrepareAsync();
        await using (var other = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database.Path};Pooling=False"))
        {
            await other.OpenAsync();
            await using (var hold = other.CreateCommand())
            {
                hold.CommandText = "BEGIN EXCLUSIVE;";
                await hold.ExecuteNonQueryAsync();
            }

            var error = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => store.SaveWorldAsync("tiny", WorkspaceKinds.Csv, TinyWorld.Create()));

            Assert.Contains("is locked by another process", error.Message, StringComparison.Ordinal);
            Assert.Contains("Nothing was written; try again", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', error.Message);
        }

        await using (var db = database.CreateContext())
            Assert.False(await db.Workspaces.AnyAsync(w => w.Name == "tiny"));
        // Once the other process is done, the same call succeeds.
        await store.SaveWorldAsync("tiny", WorkspaceKinds.Csv, TinyWorld.Create());
        await using (var db = database.CreateContext())
            Assert.Equal(5, await db.Items.CountAsync());
    }

    [Fact]
    public async Task An_event_pointing_past_the_users_is_rejected_naming_the_event()
    {
        using var database = new TempDatabase();
        var store = await database.PrepareAsync();
        var world = TinyWorld.Create();
        var broken = world with { Events = [.. world.Events, new Event(7, 0, EventType.View, TinyWorld.Start)] };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.SaveWorldAsync("tiny", WorkspaceKinds.Csv, broken));

        Assert.Contains("Event 10 refers to user index 7, but there are 3 users", error.Message);
    }

    [Fact]
    public async Task An_event_with_an_out_of_range_timestamp_is_rejected_naming_the_event()
    {
        using var database = new TempDatabase();
        var store = await database.PrepareAsync();
        var world = TinyWorld.Create();
        var broken = world with { Events = [.. world.Events, new Event(0, 0, EventType.View, long.MaxValue)] };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.SaveWorldAsync("tiny", WorkspaceKinds.Csv, broken));

        Assert.Contains($"Event 10 has timestamp {long.MaxValue}, outside", error.Message, StringComparison.Ordinal);
        await using var db = database.CreateContext();
        Assert.Equal(0, await db.Events.CountAsync());
    }

    [Fact]
    public async Task Duplicate_item_ids_are_rejected_naming_the_id()
    {
        using var database = new TempDatabase();
        var store = await database.PrepareAsync();
        var world = TinyWorld.Create();
        var broken = world with { Items = [.. world.Items, world.Items[1]] };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.SaveWorldAsync("tiny", WorkspaceKinds.Csv, broken));

        Assert.Contains("'SKU-2' appears twice (positions 1 and 5)", error.Message);
    }

    [Fact]
    public async Task A_save_cancelled_midway_leaves_nothing_behind()
    {
        using var database = new TempDatabase();
        var store = await database.PrepareAsync();
        var world = TinyWorld.Create();
        var manyEvents = Enumerable.Range(0, 50_000).Select(i => new Event(i % 3, i % 4, EventType.View, TinyWorld.Start + i)).ToList();
        using var cancel = new CancellationTokenSource();
        var reports = new List<StoreProgress>();
        var progress = new SynchronousProgress<StoreProgress>(p =>
        {
            reports.Add(p);
            if (p is { Stage: "Events", Done: >= 20_000 }) cancel.Cancel();
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => store.SaveWorldAsync(new WorkspaceContent("big", WorkspaceKinds.Csv, world with { Events = manyEvents }), progress, cancel.Token));

        Assert.Equal(["Items", "Tags", "Users", "Events", "Events"], reports.Select(r => r.Stage));
        Assert.Equal(20_000, reports[^1].Done);
        await using var db = database.CreateContext();
        Assert.Equal((0, 0, 0, 0), (await db.Workspaces.CountAsync(), await db.Items.CountAsync(), await db.Users.CountAsync(), await db.Events.CountAsync()));
    }
}
