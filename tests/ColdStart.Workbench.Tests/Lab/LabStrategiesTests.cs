using ColdStart.Data;
using ColdStart.Data.Stores;
using ColdStart.Engine.Scoring;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Lab;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ColdStart.Workbench.Tests.Lab;

public sealed class LabStrategiesTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Saved_strategies_come_first_then_the_presets_they_do_not_shadow_and_never_a_baseline()
    {
        await _database.PrepareAsync();
        var store = new StrategyStore(_database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>());
        var mine = new Strategy("Weekend picks", new BlendWeights(0.2f, 0.3f, 0.5f, 0f), 0.1f, [new ExcludeSeenRule()]);
        var tunedBalanced = Strategy.Balanced with { DiversityLambda = 0.5f };
        await store.AddAsync(mine);
        await store.AddAsync(tunedBalanced);
        await store.AddAsync(Strategy.SemanticOnly);

        var choices = await new LabStrategies(store).ListAsync();

        Assert.Equal([("Balanced", true), ("Weekend picks", true)], choices.Select(c => (c.Name, c.Saved)));
        Assert.Equal(0.5f, choices[0].Strategy.DiversityLambda);
    }

    [Fact]
    public async Task Strategies_tuned_on_a_whole_workspace_are_not_offered()
    {
        await _database.PrepareAsync();
        var store = new StrategyStore(_database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>());
        await store.SaveTunedAsync(TunedStrategies.Tuned, TunedStrategies.Tuning("sample"));

        var choices = await new LabStrategies(store).ListAsync();

        Assert.Equal(["Balanced"], choices.Select(c => c.Name));
    }
}
