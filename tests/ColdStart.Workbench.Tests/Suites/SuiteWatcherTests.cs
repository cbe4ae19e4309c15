using ColdStart.Data;
using ColdStart.Data.Stores;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Suites;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Modeling;
using ColdStart.Workbench.Personas;
using ColdStart.Workbench.Suites;
using ColdStart.Workbench.Tests.Compare;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ColdStart.Workbench.Tests.Suites;

/// <summary>The one place of automatic re-runs: a tag edit and a strategy save each run the live workspace's suites.</summary>
public sealed class SuiteWatcherTests(TinyModelFixture model) : IClassFixture<TinyModelFixture>, IDisposable
{
    private const string Workspace = "sample";
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task A_tag_edit_and_a_strategy_save_re_run_the_suites_naming_the_change()
    {
        var store = await _database.PrepareAsync();
        await store.SaveWorldAsync(Workspace, model.World);
        var live = new FakeLiveModel(Workspace) { Current = model.Snapshot };
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<ILiveModels>(new FakeLiveModels(live));
        services.AddSingleton(_database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>());
        services.AddSuites();
        await using var provider = services.BuildServiceProvider();
        var persona = (await provider.GetRequiredService<PersonaSource>().ForWorkspaceAsync(Workspace))[0].Name;
        var suites = provider.GetRequiredService<SuiteStore>();
        var suite = await suites.AddAsync(Workspace, new Suite("Watched", "Balanced", [new DistinctDepartments(persona, 10, 1)]));
        var watcher = provider.GetServices<IHostedService>().OfType<SuiteWatcher>().Single();
        await watcher.StartAsync(CancellationToken.None);

        var item = model.Snapshot.Dataset.Items[7];
        live.TryUpdateItem(item with { Tags = [.. item.Tags, "watched"] });
        var afterTags = await WaitForRunsAsync(suites, suite.Id, 1);
        var strategies = provider.GetRequiredService<StrategyStore>();
        var balanced = (await strategies.ListAsync()).Single(s => s.Strategy.Name == Strategy.Balanced.Name);
        await strategies.UpdateAsync(balanced.Id, balanced.Version, balanced.Strategy with { DiversityLambda = 0.3f });
        var afterStrategy = await WaitForRunsAsync(suites, suite.Id, 2);
        await watcher.StopAsync(CancellationToken.None);

        Assert.Equal(SuiteTriggers.Tags, afterTags[0].Trigger);
        Assert.Equal($"Tags of {item.Id} (+watched) edited", afterTags[0].TriggerDetail);
        Assert.Equal(SuiteTriggers.Strategy, afterStrategy[0].Trigger);
        Assert.Contains("Strategy 'Balanced' saved", afterStrategy[0].TriggerDetail, StringComparison.Ordinal);
        Assert.Equal(balanced.Version + 1, afterStrategy[0].StrategyVersion);
        Assert.NotEqual(afterTags[0].StrategyFingerprint, afterStrategy[0].StrategyFingerprint);
    }

    [Fact]
    public void Model_changes_are_named_rebuild_workspace_or_tag_edit()
    {
        var snapshot = model.Snapshot;
        var item = snapshot.Dataset.Items[3];
        var edited = snapshot.WithItem(item with { Tags = [.. item.Tags.Skip(1), "fresh"] });

        Assert.Null(ModelChanges.Between(snapshot, Workspace, snapshot, Workspace));
        Assert.Equal(SuiteTriggers.Model, ModelChanges.Between(null, null, snapshot, Workspace)!.Trigger);
        Assert.Equal(SuiteTriggers.Workspace, ModelChanges.Between(snapshot, "other", snapshot.WithItem(item), Workspace)!.Trigger);
        var tags = ModelChanges.Between(snapshot, Workspace, edited, Workspace)!;
        Assert.Equal(SuiteTriggers.Tags, tags.Trigger);
        Assert.Contains(item.Id, tags.Detail, StringComparison.Ordinal);
        Assert.Contains("+fresh", tags.Detail, StringComparison.Ordinal);
    }

    private static async Task<IReadOnlyList<SuiteRunSummary>> WaitForRunsAsync(SuiteStore suites, int suiteId, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var runs = await suites.ListRunsAsync(suiteId);
            if (runs.Count >= count || DateTime.UtcNow > deadline) return runs;
            await Task.Delay(50);
        }
    }

    public void Dispose() => _database.Dispose();
}
