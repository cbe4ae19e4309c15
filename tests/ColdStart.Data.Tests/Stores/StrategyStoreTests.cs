using ColdStart.Data.Stores;
using ColdStart.Engine.Scoring;
using ColdStart.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ColdStart.Tests.Shared.TunedStrategies;

namespace ColdStart.Data.Tests.Stores;

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
    public async Task Item_brand_and_department_score_rules_are_stored_in_the_rules_json_and_come_back()
    {
        await _database.PrepareAsync();
        var added = await Store.AddAsync(Strategy.Balanced);
        Rule[] rules = [new ItemRule("SKU-00042", -1f), new BrandRule("GymBasics", -0.5f), new DepartmentRule("Outdoor", 0.75f), new PinRule("SKU-00007", 2)];

        await Store.UpdateAsync(added.Id, added.Version, added.Strategy with { Rules = rules });

        Assert.Equal(rules, Assert.Single(await Store.ListAsync()).Strategy.Rules);
    }

    [Fact]
    public async Task A_stale_version_is_a_conflict_and_nothing_is_overwritten()
    {
        await _database.PrepareAsync();
        var added = await Store.AddAsync(Strategy.Balanced);
        await Store.UpdateAsync(added.Id, added.Version, added.Strategy with { DiversityLambda = 0.5f });

        await Assert.ThrowsAsync<StrategyConflictException>(() =>
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

    [Fact]
    public async Task A_tuned_strategy_round_trips_its_schedule_new_item_policy_and_tuning_record()
    {
        await _database.PrepareAsync();
        var record = Tuning("sample");

        var saved = await Store.SaveTunedAsync(Tuned, record);

        var stored = Assert.Single(await Store.ListAsync());
        Assert.Equal((saved.Id, 1), (stored.Id, stored.Version));
        Assert.Equal(Tuned.Name, stored.Strategy.Name);
        Assert.Equal(Tuned.Weights, stored.Strategy.Weights);
        Assert.Equal(Tuned.Schedule!.Steps, stored.Strategy.Schedule!.Steps);
        Assert.Equal(Tuned.NewItems, stored.Strategy.NewItems);
        Assert.Equal(Tuned.Rules, stored.Strategy.Rules);
        AssertSame(record, stored.Tuning!);
        AssertSame(record, (await Store.FindTuningAsync("sample"))!);
        Assert.Null(await Store.FindTuningAsync("elsewhere"));
    }

    [Fact]
    public async Task Saving_edits_of_a_tuned_strategy_keeps_its_record_and_tuning_again_overwrites_the_same_row()
    {
        await _database.PrepareAsync();
        var first = await Store.SaveTunedAsync(Tuned, Tuning("sample"));

        var edited = await Store.UpdateAsync(first.Id, first.Version, Tuned with { DiversityLambda = 0.4f });
        var again = await Store.SaveTunedAsync(Tuned with { NewItems = null }, Tuning("sample", halfLife: 7f));

        Assert.Equal(180f, edited.Tuning!.PopularityHalfLifeDays);
        var stored = Assert.Single(await Store.ListAsync());
        Assert.Equal((first.Id, 3), (again.Id, stored.Version));
        Assert.Null(stored.Strategy.NewItems);
        Assert.Equal(7f, stored.Tuning!.PopularityHalfLifeDays);
    }

    private static void AssertSame(TuningRecord expected, TuningRecord actual)
    {
        Assert.Equal(expected with { Validation = [], Notes = [] }, actual with { Validation = [], Notes = [] });
        Assert.Equal(DateTimeKind.Utc, actual.TunedAtUtc.Kind);
        Assert.Equal(expected.Validation, actual.Validation);
        Assert.Equal(expected.Notes, actual.Notes);
    }

    public void Dispose() => _database.Dispose();
}
