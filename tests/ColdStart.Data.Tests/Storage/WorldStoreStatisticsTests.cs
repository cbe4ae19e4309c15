using ColdStart.Data.Storage;
using ColdStart.Engine.Domain;
using ColdStart.Tests.Shared;

namespace ColdStart.Data.Tests.Storage;

public sealed class WorldStoreStatisticsTests
{
    [Fact]
    public async Task Statistics_of_the_tiny_world_match_hand_counts()
    {
        using var database = new TempDatabase();
        var store = await database.PrepareAsync();
        var persona = new Persona("Camper", new Dictionary<string, string>(), "camping", ["SKU-1"], ["tent"]);
        await store.SaveWorldAsync(new WorkspaceContent("tiny", WorkspaceKinds.Csv, TinyWorld.Create(), Personas: [persona]));

        var stats = await store.GetStatisticsAsync("tiny");

        Assert.Equal((5, 1, 3, 3, 10, 1), (stats.Items, stats.NewItems, stats.Departments, stats.Users, stats.Events, stats.Personas));
        Assert.Equal(0.2, stats.NewItemShare, 6);
        Assert.Equal(
            [new(EventType.View, 5), new(EventType.Cart, 1), new(EventType.Purchase, 2), new(EventType.Search, 2)],
            stats.EventsByType);
        Assert.Equal([new("Outdoor", 5), new("Kitchen", 2), new("Fashion", 1)], stats.TopDepartments);
        Assert.Equal(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), stats.FirstEvent);
        Assert.Equal(new DateTime(2026, 1, 8, 0, 0, 0, DateTimeKind.Utc), stats.LastEvent);
    }

    [Fact]
    public async Task A_timestamp_stored_out_of_range_by_an_older_import_leaves_the_statistics_readable()
    {
        using var database = new TempDatabase();
        var store = await database.PrepareAsync();
        await store.SaveWorldAsync("tiny", WorkspaceKinds.Csv, TinyWorld.Create());
        await using (var db = database.CreateContext())
            await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRawAsync(db.Database, $"UPDATE Events SET Timestamp = {long.MaxValue} WHERE Id = (SELECT MAX(Id) FROM Events)");

        var stats = await store.GetStatisticsAsync("tiny"); // threw ArgumentOutOfRangeException (Home answered HTTP 500)

        Assert.Equal(10, stats.Events);
        Assert.Equal(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), stats.FirstEvent);
        Assert.Null(stats.LastEvent);
    }

    [Fact]
    public async Task Top_departments_are_cut_to_the_requested_number()
    {
        using var database = new TempDatabase();
        var store = await database.PrepareAsync();
        await store.SaveWorldAsync("tiny", WorkspaceKinds.Csv, TinyWorld.Create());

        var stats = await store.GetStatisticsAsync("tiny", topDepartments: 1);

        Assert.Equal([new("Outdoor", 5)], stats.TopDepartments);
    }

    [Fact]
    public async Task An_empty_workspace_has_zero_counts_and_no_date_range()
    {
        using var database = new TempDatabase();
        var store = await database.PrepareAsync();
        await store.SaveWorldAsync("empty", WorkspaceKinds.Csv, new Dataset("empty", [], [], []));

        var stats = await store.GetStatisticsAsync("empty");

        Assert.Equal(0, stats.Items + stats.Users + stats.Events);
        Assert.All(stats.EventsByType, row => Assert.Equal(0, row.Events));
        Assert.Empty(stats.TopDepartments);
        Assert.Null(stats.FirstEvent);
        Assert.Equal(0, stats.NewItemShare);
    }
}
