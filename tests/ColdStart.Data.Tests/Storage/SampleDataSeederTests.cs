using ColdStart.Data.Seeding;
using ColdStart.Data.Storage;
using ColdStart.Data.Tests.Support;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.World;
using ColdStart.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace ColdStart.Data.Tests.Storage;

public sealed class SampleDataSeederTests
{
    private static readonly SampleWorldOptions Small = new(Items: 300, Users: 500, TargetEvents: 5000, Days: 60);

    [Fact]
    public async Task Seeding_twice_stores_the_world_once()
    {
        using var database = new TempDatabase(settings: TempDatabase.SmallWorld());
        await database.Startup.PrepareAsync();
        var seen = new List<SeedingSnapshot>();
        database.Status.Changed += seen.Add;

        Assert.True(await database.Seeder.SeedIfEmptyAsync());
        var first = await CountsAsync(database);
        Assert.False(await database.Seeder.SeedIfEmptyAsync());

        Assert.Equal(first, await CountsAsync(database));
        Assert.Equal((300, 500), (first.Items, first.Users));
        Assert.Equal(SeedingState.Ready, database.Status.Current.State);
        Assert.All(seen[..^2], s => Assert.Equal(SeedingState.Preparing, s.State));
        Assert.Equal([SeedingState.Ready, SeedingState.Ready], seen[^2..].Select(s => s.State));
        var percents = seen.Where(s => s.Percent is not null).Select(s => s.Percent!.Value).ToList();
        Assert.Equal(percents.Order(), percents);
        Assert.Contains(seen, s => s.Message.StartsWith("Sample world: writing 300 catalog items", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_second_start_on_the_same_file_does_not_duplicate()
    {
        using var first = new TempDatabase(settings: TempDatabase.SmallWorld());
        await RunHostedSeederAsync(first);
        var counts = await CountsAsync(first);

        using var secondStart = new TempDatabase(settings: new Dictionary<string, string?>(TempDatabase.SmallWorld(seed: 7))
        {
            ["Data:DatabasePath"] = first.Path,
        });
        await RunHostedSeederAsync(secondStart);

        Assert.Equal(counts, await CountsAsync(first));
    }

    [Fact]
    public async Task The_seeded_world_loads_back_exactly_with_personas_presets_and_archetypes()
    {
        using var database = new TempDatabase(settings: TempDatabase.SmallWorld());
        await database.Startup.PrepareAsync();
        await database.Seeder.SeedIfEmptyAsync();
        var expected = SampleWorld.Generate(Small);

        var loaded = await database.Store.LoadDatasetAsync(WorkspaceKinds.DefaultWorkspace);

        WorldAssert.Same(expected.Dataset, loaded);
        Assert.Equal(expected.UserArchetypes.Select(a => (int?)a), await database.Store.LoadUserArchetypesAsync(WorkspaceKinds.DefaultWorkspace));
        await using var db = database.CreateContext();
        Assert.Equal(SamplePersonas.For(expected.Dataset).Select(p => p.Name), await db.Personas.OrderBy(p => p.Id).Select(p => p.Name).ToListAsync());
        Assert.Equal(Strategy.Presets.Select(s => s.Name), await db.Strategies.OrderBy(s => s.Id).Select(s => s.Name).ToListAsync());
        Assert.Equal(WorkspaceKinds.Sample, (await db.Workspaces.SingleAsync()).Kind);
    }

    [Fact]
    public async Task Statistics_of_a_generated_world_match_counts_made_in_memory()
    {
        using var database = new TempDatabase(settings: TempDatabase.SmallWorld());
        await database.Startup.PrepareAsync();
        await database.Seeder.SeedIfEmptyAsync();
        var world = SampleWorld.Generate(Small).Dataset;

        var stats = await database.Store.GetStatisticsAsync(WorkspaceKinds.DefaultWorkspace, topDepartments: 3);

        var itemEvents = world.Events.Where(e => e.Item >= 0).ToList();
        var withEvents = itemEvents.Select(e => e.Item).ToHashSet();
        var byDepartment = itemEvents.GroupBy(e => world.Items[e.Item].Department)
            .Select(g => new DepartmentCount(g.Key, g.Count()))
            .OrderByDescending(d => d.Events).ThenBy(d => d.Department, StringComparer.Ordinal).Take(3);
        Assert.Equal(world.Items.Count - withEvents.Count, stats.NewItems);
        Assert.Equal(world.Items.Select(i => i.Department).Distinct().Count(), stats.Departments);
        Assert.Equal(world.Events.Count, stats.Events);
        Assert.Equal(world.Events.CountBy(e => e.Type).OrderBy(p => p.Key).Select(p => new EventTypeCount(p.Key, p.Value)),
            stats.EventsByType.Where(t => t.Events > 0));
        Assert.Equal(byDepartment, stats.TopDepartments);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(world.Events[0].Timestamp).UtcDateTime, stats.FirstEvent);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(world.Now).UtcDateTime, stats.LastEvent);
    }

    [Fact]
    public async Task A_corrupt_database_fails_the_start_and_the_status_names_the_path()
    {
        using var database = new TempDatabase(settings: TempDatabase.SmallWorld());
        await File.WriteAllTextAsync(database.Path, "not a database");

        var error = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => database.Seeder.StartAsync(CancellationToken.None));

        Assert.Equal(SeedingState.Failed, database.Status.Current.State);
        Assert.Contains(database.Path, database.Status.Current.Message);
        Assert.Equal(error.Message, database.Status.Current.Message);
        Assert.Equal("not a database", await File.ReadAllTextAsync(database.Path));
    }

    private static async Task RunHostedSeederAsync(TempDatabase database)
    {
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        database.Status.Changed += s =>
        {
            if (s.State != SeedingState.Preparing) ready.TrySetResult();
        };
        await database.Seeder.StartAsync(CancellationToken.None);
        await ready.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await database.Seeder.StopAsync(CancellationToken.None);
        Assert.Equal(SeedingState.Ready, database.Status.Current.State);
    }

    private static async Task<(int Items, int Users, int Events, int Personas, int Strategies, int Tags)> CountsAsync(TempDatabase database)
    {
        await using var db = database.CreateContext();
        return (await db.Items.CountAsync(), await db.Users.CountAsync(), await db.Events.CountAsync(),
            await db.Personas.CountAsync(), await db.Strategies.CountAsync(), await db.ItemTags.CountAsync());
    }
}
