using ColdStart.Data.Stores;
using ColdStart.Engine.Suites;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Modeling;
using ColdStart.Workbench.Personas;
using Microsoft.Extensions.DependencyInjection;

namespace ColdStart.Workbench.Tests.Suites;

/// <summary>The real app: the route renders, and a strategy saved through the app's own store re-runs the suites.</summary>
public sealed class SuitesRouteTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task The_app_serves_the_page_and_re_runs_a_suite_when_a_strategy_is_saved()
    {
        await using var factory = TestApp.Create(_database);
        using var client = factory.CreateClient();
        await TestApp.WaitForSeedingAsync(factory);
        var page = await client.GetStringAsync(new Uri("/suites", UriKind.Relative));
        var models = factory.Services.GetRequiredService<ILiveModels>();
        for (var deadline = DateTime.UtcNow.AddSeconds(60); models.Find(models.DefaultWorkspace)?.Current is null && DateTime.UtcNow < deadline;) await Task.Delay(100);
        var model = models.Find(models.DefaultWorkspace);
        Assert.NotNull(model?.Current);
        var persona = (await factory.Services.GetRequiredService<PersonaSource>().ForWorkspaceAsync(model.Workspace))[0].Name;
        var suites = factory.Services.GetRequiredService<SuiteStore>();
        var suite = await suites.AddAsync(model.Workspace, new Suite("Gate", "Balanced", [new DistinctDepartments(persona, 10, 1)]));
        await Task.Delay(500); // let the first build's own run (if it is still pending) pass

        var strategies = factory.Services.GetRequiredService<StrategyStore>();
        var balanced = (await strategies.ListAsync()).Single(s => s.Strategy.Name == "Balanced");
        await strategies.UpdateAsync(balanced.Id, balanced.Version, balanced.Strategy with { DiversityLambda = 0.25f });
        IReadOnlyList<SuiteRunSummary> runs = [];
        for (var deadline = DateTime.UtcNow.AddSeconds(30); DateTime.UtcNow < deadline; await Task.Delay(100))
        {
            runs = await suites.ListRunsAsync(suite.Id);
            if (runs.Any(r => r.Trigger == SuiteTriggers.Strategy)) break;
        }

        Assert.Contains("Persona test suites", page, StringComparison.Ordinal);
        var run = Assert.Single(runs, r => r.Trigger == SuiteTriggers.Strategy);
        Assert.Contains("Strategy 'Balanced' saved", run.TriggerDetail, StringComparison.Ordinal);
        Assert.True(run.AllHeld);
        Assert.Equal(model.Current!.Fingerprint, run.ModelFingerprint);
    }

    public void Dispose() => _database.Dispose();
}
