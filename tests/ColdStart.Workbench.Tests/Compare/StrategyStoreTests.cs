using ColdStart.Data.Stores;
using ColdStart.Engine.Scoring;
using ColdStart.Workbench.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ColdStart.Data;

namespace ColdStart.Workbench.Tests.Compare;

public sealed class StrategyStoreTests : IDisposable
{
    private readonly TempDatabase _database = new();

    private StrategyStore Store => new(_database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>());

    [Fact]
    public async Task Saved_weights_and_rules_come_back_with_a_new_version()
    {
        await _database.PrepareAsync();
        var added = await Store.AddAsync(Strategy.Balanced);
        var edited = added.Strategy with { Weights = new BlendWeights(0.1f, 0.9f, 0, 0), Rules = [new TagRule("summer", 0.5f)] };

        var saved = await Store.UpdateAsync(added.Id, added.Version, edited);

        var stored = Assert.Single(await Store.ListAsync());
        Assert.Equal((1, 2), (added.Version, saved.Version));
        Assert.Equal(edited.Weights, stored.Strategy.Weights);
        Assert.Equal(edited.Rules, stored.Strategy.Rules);
    }

    [Fact]
    public async Task A_stale_version_is_a_conflict_and_nothing_is_overwritten()
    {
        await _database.PrepareAsync();
        var added = await Store.AddAsync(Strategy.Balanced);
        await Store.UpdateAsync(added.Id, added.Version, added.Strategy with { DiversityLambda = 0.5f });

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() =>
            Store.UpdateAsync(added.Id, added.Version, added.Strategy with { DiversityLambda = 0.9f }));

        Assert.Equal(0.5f, Assert.Single(await Store.ListAsync()).Strategy.DiversityLambda);
    }

    [Fact]
    public async Task Rename_keeps_the_row_and_a_taken_name_is_refused()
    {
        await _database.PrepareAsync();
        var balanced = await Store.AddAsync(Strategy.Balanced);
        await Store.AddAsync(Strategy.SemanticOnly);

        var renamed = await Store.UpdateAsync(balanced.Id, balanced.Version, balanced.Strategy with { Name = "Summer push" });
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Store.AddAsync(Strategy.SemanticOnly with { Weights = BlendWeights.Balanced }));

        Assert.Equal(balanced.Id, renamed.Id);
        Assert.Equal(["Semantic only", "Summer push"], (await Store.ListAsync()).Select(s => s.Strategy.Name));
        Assert.Contains("'Semantic only' already exists", error.Message);
    }

    public void Dispose() => _database.Dispose();
}
