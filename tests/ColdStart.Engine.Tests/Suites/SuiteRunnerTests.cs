using ColdStart.Engine.Domain;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Suites;
using ColdStart.Engine.Training;
using ColdStart.Engine.World;
using ColdStart.Tests.Shared;

namespace ColdStart.Engine.Tests.Suites;

/// <summary>A small sample world on the word-hash encoder, trained once for the runner tests.</summary>
public sealed class SuiteModelFixture : IDisposable
{
    private readonly WordHashEncoder _encoder = new();

    public SuiteModelFixture()
    {
        World = SampleWorld.Generate(new SampleWorldOptions(Seed: 5, Items: 240, Users: 400, TargetEvents: 4000, Days: 40));
        var options = TrainingOptions.Default with { Als = TrainingOptions.Default.Als with { Factors = 8, Iterations = 4 } };
        Snapshot = SnapshotBuilder.Build(World.Dataset, _encoder, options);
        Personas = SamplePersonas.For(World.Dataset).Take(3).ToList();
    }

    public SampleWorldResult World { get; }
    public ModelSnapshot Snapshot { get; }
    public IReadOnlyList<Persona> Personas { get; }

    public void Dispose() => _encoder.Dispose();
}

public sealed class SuiteRunnerTests(SuiteModelFixture model) : IClassFixture<SuiteModelFixture>
{
    [Fact]
    public void Each_persona_is_ranked_once_by_the_Scorer_to_its_longest_N()
    {
        var (a, b) = (model.Personas[0], model.Personas[1]);
        var direct = model.Snapshot.Scorer.Rank(model.Snapshot.Profiles.Build(a), Strategy.Balanced, 20).Items;
        var suite = new Suite("checks", Strategy.Balanced.Name,
        [
            new ItemInTop(a.Name, 5, direct[0].Item.Id),
            new ItemNotInTop(a.Name, 20, direct[19].Item.Id),
            new DistinctDepartments(b.Name, 10, 1),
        ]);

        var run = SuiteRunner.Run(model.Snapshot, suite, model.Personas, Strategy.Balanced);

        Assert.Equal([a.Name, b.Name], run.Lists.Select(l => l.Persona));
        Assert.Equal(direct.Select(i => i.Item.Id), run.Lists[0].Items.Select(i => i.ItemId));
        Assert.Equal(10, run.Lists[1].Items.Count);
        Assert.Equal([true, false, true], run.Results.Select(r => r.Held));
        Assert.Equal($"{direct[19].Item.Id} is at #20.", run.Results[1].Observed);
        Assert.Equal(SuiteFingerprints.Of(Strategy.Balanced), run.StrategyFingerprint);
        Assert.Equal(model.Snapshot.Fingerprint, run.ModelFingerprint);
        Assert.Equal(run.Lists[0].Items.Select(i => model.Snapshot.ColdItems[model.Snapshot.Catalog.ItemById[i.ItemId]]), run.Lists[0].Items.Select(i => i.IsNew));
    }

    [Fact]
    public void An_unknown_persona_or_strategy_fails_what_it_concerns_with_the_reason()
    {
        var known = model.Personas[0].Name;
        var suite = new Suite("checks", "Nowhere", [new DistinctDepartments("Nobody", 5, 1), new DistinctDepartments(known, 5, 1)]);

        var missingStrategy = SuiteRunner.Run(model.Snapshot, suite, model.Personas, strategy: null);
        var broken = SuiteRunner.Run(model.Snapshot, suite with { Strategy = "Broken" }, model.Personas, new Strategy("Broken", new BlendWeights(-1, 0, 0, 0), 0, []));

        Assert.Equal("There is no persona named 'Nobody' in this workspace.", missingStrategy.Results[0].Observed);
        Assert.Equal("There is no strategy named 'Nowhere'.", missingStrategy.Results[1].Observed);
        Assert.Null(missingStrategy.StrategyFingerprint);
        Assert.False(broken.Results[1].Held);
        Assert.Contains("Collaborative", broken.Results[1].Observed, StringComparison.Ordinal);
        Assert.False(broken.AllHeld);
    }

    [Fact]
    public void A_tag_edit_flips_the_suite_and_the_diff_names_the_item()
    {
        var persona = model.Personas[0];
        var strategy = Strategy.Balanced with { Rules = [.. Strategy.Balanced.Rules, new TagRule("suite-star", 50)] };
        var deep = model.Snapshot.Scorer.Rank(model.Snapshot.Profiles.Build(persona), strategy, 100).Items[^1].Item;
        var suite = new Suite("star", strategy.Name, [new ItemInTop(persona.Name, 10, deep.Id), new TagInTop(persona.Name, 10, "suite-star")]);
        var before = SuiteRunner.Run(model.Snapshot, suite, model.Personas, strategy);

        var edited = model.Snapshot.WithItem(deep with { Tags = [.. deep.Tags, "suite-star"] });
        var after = SuiteRunner.Run(edited, suite, model.Personas, strategy);
        var diff = SuiteDiff.Compare(before, after);

        Assert.False(before.AllHeld);
        Assert.True(after.AllHeld);
        Assert.NotEqual(before.CatalogFingerprint, after.CatalogFingerprint);
        Assert.Equal(before.ModelFingerprint, after.ModelFingerprint);
        Assert.Equal(2, diff.Flipped.Count);
        Assert.All(diff.Flipped, f => Assert.Equal((false, true), (f.Before, f.After)));
        var entered = Assert.Single(diff.Lists).Entered;
        Assert.Contains(entered, e => e.ItemId == deep.Id && e.Rank == 1);
    }
}
