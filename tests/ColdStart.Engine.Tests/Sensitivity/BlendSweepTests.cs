using ColdStart.Engine.Lexical;
using ColdStart.Engine.Neighbours;
using ColdStart.Engine.Profiles;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Sensitivity;
using static ColdStart.Engine.Tests.Scoring.ScoringFixture;

namespace ColdStart.Engine.Tests.Sensitivity;

/// <summary>The exact sweep against brute-force re-ranking through <see cref="Scorer.Rank"/> at 201 weights.</summary>
public class BlendSweepTests
{
    private const int Items = 300;
    private const int K = 10;

    /// <summary>A catalog with neighbours, a lexical index and every 10th item new.</summary>
    private static CatalogIndex World()
    {
        var plain = Catalog(Items, seed: 5);
        var pairs = new List<(int, int)>();
        for (int u = 0; u < 200; u++)
            for (int j = 0; j < 5; j++)
            {
                int item = (u + j) % Items;
                if (item % 10 != 0) pairs.Add((u, item));
            }
        var cold = Enumerable.Range(0, Items).Select(i => i % 10 == 0).ToArray();
        return CatalogIndex.Create(plain.Items, plain.Collaborative, plain.Semantic, plain.Popularity, plain.Freshness,
            ItemNeighbours.Build(new Incidence(200, Items, pairs), new NeighbourOptions(Neighbours: 10, Shrink: 0)),
            LexicalIndex.Build(plain.Items), cold);
    }

    private static Profile Visitor() => Profile(seed: 7) with { SeenItems = [51, 52], Seeds = [51, 52], QueryText = "kitchen eco" };

    public static TheoryData<string> Axes => ["semantic", "collaborative", "item-to-item", "collaborative|semantic", "semantic|item-to-item"];

    private static SweepAxis AxisOf(string name) =>
        name.Split('|') is [var from, var to] ? SweepAxis.Balance(from, to) : SweepAxis.Weight(name);

    [Theory]
    [MemberData(nameof(Axes))]
    public void Ranks_along_the_sweep_match_brute_force_re_ranking(string axisName)
    {
        var scorer = new Scorer(World());
        var strategy = new Strategy("s", new BlendWeights(0.4f, 0.3f, 0.15f, 0.05f, 0.3f, 0.1f), 0,
            [new ExcludeSeenRule(), new TagRule("eco", 0.4f), new DepartmentFilter(["Garden", "Kitchen", "Toys"])]);
        AssertMatchesBruteForce(scorer, Visitor(), strategy, AxisOf(axisName));
    }

    [Fact]
    public void A_schedule_step_and_a_new_item_policy_are_swept_as_the_scorer_ranks_them()
    {
        var scorer = new Scorer(World());
        var schedule = new WeightSchedule([new WeightStep(0, new BlendWeights(0, 1, 0, 0)), new WeightStep(2, new BlendWeights(0.5f, 0.2f, 0.2f, 0.1f, 0.4f))]);
        var strategy = new Strategy("auto", new BlendWeights(1, 0, 0, 0), 0, [new ExcludeSeenRule()], schedule,
            new NewItemPolicy(new BlendWeights(0, 1, 0, 0), 0.5f));
        var sweep = BlendSensitivity.Sweep(scorer, Visitor(), strategy, SweepAxis.Weight("semantic"), K);
        Assert.Equal(schedule.Steps[1].Weights, sweep.WeightsInForce);
        Assert.Contains(sweep.Notes, n => n.Contains("new-item policy", StringComparison.Ordinal));
        Assert.All(Enumerable.Range(0, Items).Where(i => i % 10 == 0 && sweep.LineOf(i) is not null), i => Assert.Equal(0, sweep.LineOf(i)!.Value.B));
        AssertMatchesBruteForce(scorer, Visitor(), strategy, SweepAxis.Weight("semantic"));
    }

    [Fact]
    public void Enter_and_leave_weights_are_exact_crossings_not_grid_points()
    {
        var scorer = new Scorer(World());
        var strategy = Strategy(new BlendWeights(0.4f, 0.3f, 0.2f, 0.1f), rules: new ExcludeSeenRule());
        var profile = Visitor();
        var sweep = BlendSensitivity.Sweep(scorer, profile, strategy, SweepAxis.Weight("semantic"), K);
        var leaving = sweep.Items.First(p => p.Leaves(K).Count > 0);
        double t = leaving.Leaves(K)[0];
        Assert.Contains(leaving.Index, TopThroughRank(scorer, profile, strategy, sweep, t - 1e-4));
        Assert.DoesNotContain(leaving.Index, TopThroughRank(scorer, profile, strategy, sweep, t + 1e-4));
        var (a, b) = sweep.LineOf(leaving.Index)!.Value;
        Assert.Equal(K, leaving.RankAt(t - 1e-4));
        Assert.True(double.IsFinite(a + b * t));
    }

    [Fact]
    public void Mmr_and_pins_are_named_as_ignored_and_pinned_items_are_left_out()
    {
        var scorer = new Scorer(World());
        var strategy = Strategy(new BlendWeights(0.4f, 0.3f, 0.2f, 0.1f), 0.3f, new PinRule(scorer.Catalog.Items[7].Id, 1));
        var sweep = BlendSensitivity.Sweep(scorer, Visitor(), strategy, SweepAxis.Weight("collaborative"), K);
        Assert.Null(sweep.PathOf(7));
        Assert.Contains(sweep.Notes, n => n.Contains("MMR", StringComparison.Ordinal));
        Assert.Contains(sweep.Notes, n => n.Contains("pinned", StringComparison.Ordinal));
    }

    [Fact]
    public void A_balance_keeps_the_sum_of_its_two_weights()
    {
        var axis = SweepAxis.Balance("collaborative", "semantic");
        var inForce = new BlendWeights(0.6f, 0.2f, 0.1f, 0.1f);
        Assert.Equal(0.25, axis.Current(inForce), 6);
        var w = axis.At(inForce, 0.5);
        Assert.Equal(0.4f, w.Collaborative, 6);
        Assert.Equal(0.4f, w.Semantic, 6);
        Assert.Equal(0.1f, w.Popularity);
        Assert.Throws<ArgumentException>(() => SweepAxis.Weight("nonsense"));
    }

    private static void AssertMatchesBruteForce(Scorer scorer, Profile profile, Strategy strategy, SweepAxis axis)
    {
        var sweep = BlendSensitivity.Sweep(scorer, profile, strategy, axis, K);
        Assert.NotEmpty(sweep.Items);
        var breakpoints = sweep.Items.SelectMany(p => p.Segments.Select(s => s.From)).Where(t => t > 0).ToArray();
        int compared = 0;
        for (int s = 0; s <= 200; s++)
        {
            double t = s / 200.0;
            // Within float noise of a crossing the two orders may legitimately differ by the tied pair.
            if (breakpoints.Any(x => Math.Abs(x - t) < 1e-5)) continue;
            var expected = TopThroughRank(scorer, profile, strategy, sweep, t);
            var actual = sweep.Items.Where(p => p.RankAt(t) <= K).OrderBy(p => p.RankAt(t)).Select(p => p.Index).ToArray();
            Assert.Equal(expected, actual);
            for (int r = 0; r < expected.Length; r++) Assert.Equal(r + 1, sweep.PathOf(expected[r])!.RankAt(t));
            compared++;
        }
        Assert.True(compared > 190, $"only {compared} weights compared");
        // Every item ever in a brute-force top K is among the sweep's items.
        var everIn = Enumerable.Range(0, 201).SelectMany(s => TopThroughRank(scorer, profile, strategy, sweep, s / 200.0)).ToHashSet();
        Assert.Subset(sweep.Items.Select(p => p.Index).ToHashSet(), everIn);
    }

    /// <summary>The brute force: the strategy with the swept weights at t (no schedule, no MMR, no pins) through Scorer.Rank.</summary>
    private static int[] TopThroughRank(Scorer scorer, Profile profile, Strategy strategy, BlendSweep sweep, double t)
    {
        var rules = strategy.Rules.Where(r => r is not PinRule).ToList();
        var plain = strategy with { Schedule = null, Weights = sweep.WeightsAt(t), DiversityLambda = 0, Rules = rules };
        return [.. scorer.Rank(profile, plain, K).Items.Select(i => i.Index)];
    }
}
