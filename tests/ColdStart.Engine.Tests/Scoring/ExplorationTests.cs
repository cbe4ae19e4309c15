using System.Text.Json;
using ColdStart.Engine.Scoring;

namespace ColdStart.Engine.Tests.Scoring;

public sealed class ExplorationTests
{
    /// <summary>A random catalog whose every fifth item is new (no interactions in training).</summary>
    private static CatalogIndex CatalogWithNewItems(int n = 200, int seed = 3)
    {
        var plain = ScoringFixture.Catalog(n, seed);
        var cold = new bool[n];
        for (int i = 0; i < n; i += 5) cold[i] = true;
        return CatalogIndex.Create(plain.Items, plain.Collaborative, plain.Semantic, plain.Popularity, plain.Freshness, cold: cold);
    }

    private static Exploration Draws(CatalogIndex catalog, int seed = 9) => new(new ExplorationState(catalog.Count), new Random(seed));

    [Fact]
    public void Exploration_share_0_ranks_exactly_as_the_plain_ranking()
    {
        var catalog = CatalogWithNewItems();
        var scorer = new Scorer(catalog);
        var profile = ScoringFixture.Profile(seen: [1, 2, 3]);
        var strategy = ScoringFixture.Strategy(lambda: 0.3f, rules: new ExcludeSeenRule());

        var plain = scorer.Rank(profile, strategy, 20);
        foreach (var candidate in new[] { strategy, strategy.WithExploration(0) })
        {
            var explored = scorer.Rank(profile, candidate, 20, Draws(catalog));
            Assert.Equal(plain.Items.Select(i => (i.Index, i.Score)), explored.Items.Select(i => (i.Index, i.Score)));
            Assert.Equal(plain.Items.Select(i => i.Explanation.RulesFired.Count), explored.Items.Select(i => i.Explanation.RulesFired.Count));
            Assert.All(explored.Items, i => Assert.False(i.Explored));
        }
    }

    [Fact]
    public void A_share_gives_that_many_slots_to_new_items_spread_down_the_list_and_keeps_the_rest_in_order()
    {
        var catalog = CatalogWithNewItems();
        var scorer = new Scorer(catalog);
        var profile = ScoringFixture.Profile();
        var strategy = ScoringFixture.Strategy();
        var plain = scorer.Rank(profile, strategy, 10);

        var result = scorer.Rank(profile, strategy.WithExploration(0.2f), 10, Draws(catalog));

        Assert.Equal(10, result.Items.Count);
        Assert.Equal([4, 7], result.Items.Where(i => i.Explored).Select(i => i.Rank));
        Assert.All(result.Items.Where(i => i.Explored), i => Assert.True(catalog.Cold[i.Index]));
        Assert.All(result.Items.Where(i => i.Explored), i => Assert.Contains(i.Explanation.RulesFired, r => r.StartsWith("Exploration slot", StringComparison.Ordinal)));
        var exploited = result.Items.Where(i => !i.Explored).Select(i => i.Index).ToList();
        Assert.Equal(plain.Items.Take(8).Select(i => i.Index), exploited);
    }

    [Fact]
    public void Thompson_sampling_converges_to_the_best_new_item_of_a_planted_bandit()
    {
        var catalog = CatalogWithNewItems(n: 50);
        var scorer = new Scorer(catalog);
        var profile = ScoringFixture.Profile();
        var strategy = ScoringFixture.Strategy().WithExploration(0.1f); // one slot of ten
        var state = new ExplorationState(catalog.Count);
        var exploration = new Exploration(state, new Random(4), new ExplorationOptions(PriorClickThrough: 0.1, PriorStrength: 2, Pool: 50));
        var listed = scorer.Rank(profile, strategy, 10).Items.Select(i => i.Index).ToHashSet();
        int best = catalog.ColdItems.Where(i => !listed.Contains(i)).Skip(2).First();
        var clicks = new Random(5);
        var lastPicks = new List<int>();
        for (int round = 0; round < 1500; round++)
        {
            int item = scorer.Rank(profile, strategy, 10, exploration).Items.Single(i => i.Explored).Index;
            state.RecordImpression(item);
            if (clicks.NextDouble() < (item == best ? 0.4 : 0.05)) state.RecordClick(item);
            if (round >= 1000) lastPicks.Add(item);
        }
        Assert.True(lastPicks.Count(i => i == best) > 0.8 * lastPicks.Count, $"best arm picked {lastPicks.Count(i => i == best)} of {lastPicks.Count} times");
    }

    [Fact]
    public void Posteriors_add_clicks_and_misses_to_the_prior_without_retraining()
    {
        var state = new ExplorationState(3);
        Assert.Equal((2.0, 18.0), Rounded(state.Posterior(1, 0.1, 20)));
        for (int i = 0; i < 10; i++) state.RecordImpression(1);
        state.RecordClick(1);
        state.RecordClick(1);
        state.RecordClick(1);

        Assert.Equal((10, 3), state.Counts(1));
        Assert.Equal((5.0, 25.0), Rounded(state.Posterior(1, 0.1, 20)));
        Assert.Equal((0, 0), state.Counts(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => state.RecordClick(3));

        static (double, double) Rounded((double A, double B) p) => (Math.Round(p.A, 9), Math.Round(p.B, 9));
    }

    [Fact]
    public void Restored_impressions_count_as_the_same_number_of_single_ones()
    {
        var one = new ExplorationState(2);
        var restored = new ExplorationState(2);
        for (int i = 0; i < 7; i++) one.RecordImpression(1);

        restored.RecordImpressions(1, 7);
        restored.RecordImpressions(0, 0);

        Assert.Equal(one.Counts(1), restored.Counts(1));
        Assert.Equal(one.Posterior(1, 0.05, 20), restored.Posterior(1, 0.05, 20));
        Assert.Equal((0, 0), restored.Counts(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => restored.RecordImpressions(1, -1));
    }

    [Fact]
    public void Beta_draws_have_the_distributions_mean()
    {
        var random = new Random(1);
        foreach (var (a, b) in new[] { (2.0, 8.0), (0.5, 0.5), (30.0, 10.0) })
        {
            double mean = Enumerable.Range(0, 20_000).Average(_ => BetaSampler.Sample(random, a, b));
            Assert.InRange(mean, a / (a + b) - 0.01, a / (a + b) + 0.01);
        }
    }

    [Fact]
    public void Stored_rules_without_an_exploration_rule_read_as_share_0_and_the_rule_round_trips()
    {
        var web = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var old = JsonSerializer.Deserialize<List<Rule>>("""[{"kind":"exclude-seen"},{"kind":"tag","tag":"sale","strength":1}]""", web)!;
        Assert.Equal(0f, new Strategy("old", BlendWeights.Balanced, 0, old).ExplorationShare);

        var strategy = Strategy.Balanced.WithExploration(0.2f);
        var json = JsonSerializer.Serialize(strategy.Rules, web);
        Assert.Contains("\"kind\":\"exploration\"", json, StringComparison.Ordinal);
        var back = JsonSerializer.Deserialize<List<Rule>>(json, web)!;
        Assert.Equal(0.2f, (Strategy.Balanced with { Rules = back }).ExplorationShare);
        Assert.Equal(0f, strategy.WithExploration(0).ExplorationShare);
        Assert.DoesNotContain(strategy.WithExploration(0).Rules, r => r is ExplorationRule);
    }

    [Fact]
    public void A_share_outside_0_to_1_is_refused()
    {
        var catalog = CatalogWithNewItems();
        var error = Assert.Throws<ArgumentException>(() => new Scorer(catalog).Rank(ScoringFixture.Profile(), ScoringFixture.Strategy().WithExploration(1.5f), 10));
        Assert.Contains("exploration share must be between 0 and 1", error.Message, StringComparison.Ordinal);
    }
}
