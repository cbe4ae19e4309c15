using ColdStart.Engine.Lexical;
using ColdStart.Engine.Neighbours;
using ColdStart.Engine.Profiles;
using ColdStart.Engine.Scoring;
using static ColdStart.Engine.Tests.Scoring.ScoringFixture;

namespace ColdStart.Engine.Tests.Scoring;

/// <summary>The item-to-item and lexical components, weight schedules and new-item policies in the one Scorer.</summary>
public class SixComponentScorerTests
{
    private const int Items = 400;

    /// <summary>A catalog with neighbours (shoppers take runs of 5 consecutive items), a lexical index and every 10th item new.</summary>
    private static CatalogIndex Catalog6()
    {
        var plain = Catalog(Items);
        var pairs = new List<(int, int)>();
        for (int u = 0; u < 300; u++)
            for (int j = 0; j < 5; j++)
            {
                int item = (u + j) % Items;
                if (item % 10 != 0) pairs.Add((u, item));
            }
        var cold = Enumerable.Range(0, Items).Select(i => i % 10 == 0).ToArray();
        return CatalogIndex.Create(plain.Items, plain.Collaborative, plain.Semantic, plain.Popularity, plain.Freshness,
            ItemNeighbours.Build(new Incidence(300, Items, pairs), new NeighbourOptions(Neighbours: 10, Shrink: 0)),
            LexicalIndex.Build(plain.Items), cold);
    }

    private static Profile WithSeeds(params int[] seeds) => Profile() with { SeenItems = seeds, Seeds = seeds };

    [Fact]
    public void Item_to_item_alone_ranks_the_seeds_neighbours_first_and_says_which_seed()
    {
        var catalog = Catalog6();
        var result = new Scorer(catalog).Rank(WithSeeds(51), Strategy(new BlendWeights(0, 0, 0, 0, ItemToItem: 1), rules: new ExcludeSeenRule()), 5);
        var neighbours = catalog.Neighbours!.NeighboursOf(51).Items.ToArray();
        Assert.True(neighbours.Length > 0, "no neighbours");
        Assert.Empty(result.Warnings);
        Assert.All(result.Items, r => Assert.Contains(r.Index, neighbours));
        Assert.All(result.Items, r => Assert.Contains(r.Explanation.RulesFired, f => f == $"Because you viewed {catalog.Items[51].Title}"));
        Assert.All(result.Items, r => Assert.Equal(r.Score, r.Explanation.Parts.Sum(p => p.Value), 4));
        Assert.True(result.Items[0].Explanation.Component(ScorePart.ItemToItem) > 0);
    }

    [Fact]
    public void Lexical_alone_matches_the_visitors_words()
    {
        var catalog = Catalog6();
        var profile = Profile() with { QueryText = "kitchen" };
        var result = new Scorer(catalog).Rank(profile, Strategy(new BlendWeights(0, 0, 0, 0, Lexical: 1)), 10);
        Assert.All(result.Items, r => Assert.Equal("Kitchen", r.Item.Department));
    }

    [Fact]
    public void A_schedule_uses_the_step_for_the_number_of_revealed_items()
    {
        var catalog = Catalog6();
        var popularityOnly = new BlendWeights(0, 0, 1, 0);
        var neighboursOnly = new BlendWeights(0, 0, 0, 0, ItemToItem: 1);
        var auto = new Strategy("Auto", popularityOnly, 0, [new ExcludeSeenRule()],
            new WeightSchedule([new WeightStep(0, popularityOnly), new WeightStep(1, neighboursOnly)]));
        var scorer = new Scorer(catalog);

        var none = scorer.Rank(WithSeeds(), auto, 10);
        var one = scorer.Rank(WithSeeds(51), auto, 10);

        Assert.Equal(scorer.Rank(WithSeeds(), Strategy(popularityOnly), 10).Items.Select(i => i.Index), none.Items.Select(i => i.Index));
        Assert.Equal(scorer.Rank(WithSeeds(51), Strategy(neighboursOnly, rules: new ExcludeSeenRule()), 10).Items.Select(i => i.Index),
            one.Items.Select(i => i.Index));
        Assert.Empty(one.Warnings);
    }

    [Fact]
    public void A_new_item_policy_scores_new_items_with_their_own_weights_and_boost_and_the_parts_add_up()
    {
        var catalog = Catalog6();
        var warm = new BlendWeights(0.3f, 0.2f, 0.5f, 0);
        var boosted = Strategy(warm) with { NewItems = new NewItemPolicy(new BlendWeights(0, 1, 0, 0), 50f) };
        var result = new Scorer(catalog).Rank(Profile(), boosted, 20);

        // A boost of 50 standard deviations puts every new item (40 of them) above every established one.
        Assert.All(result.Items, r => Assert.True(catalog.Cold[r.Index]));
        Assert.All(result.Items, r => Assert.Equal(r.Score, r.Explanation.Parts.Sum(p => p.Value), 3));
        Assert.All(result.Items, r => Assert.Equal(50f, r.Explanation.Component(ScorePart.NewItem)));
        // Among new items the order is the policy's (semantic only), not the warm blend.
        var semanticOrder = new Scorer(catalog).Rank(Profile(), Strategy(new BlendWeights(0, 1, 0, 0)), Items).Items
            .Where(r => catalog.Cold[r.Index]).Take(20).Select(r => r.Index);
        Assert.Equal(semanticOrder, result.Items.Select(r => r.Index));
    }

    [Fact]
    public void Without_neighbours_or_a_lexical_index_the_weights_have_no_effect_and_say_so()
    {
        var catalog = Catalog(200);
        var result = new Scorer(catalog).Rank(WithSeeds(5), Strategy(new BlendWeights(0, 0, 1, 0, ItemToItem: 1, Lexical: 1)), 10);
        Assert.Contains(result.Warnings, w => w.Contains("no item-to-item neighbours", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.Contains("no lexical index", StringComparison.Ordinal));
        Assert.Equal(new Scorer(catalog).Rank(WithSeeds(5), Strategy(new BlendWeights(0, 0, 1, 0)), 10).Items.Select(i => i.Index),
            result.Items.Select(i => i.Index));
    }

    [Fact]
    public void Bad_schedules_and_policies_are_refused()
    {
        var scorer = new Scorer(Catalog6());
        var badSchedule = Strategy() with { Schedule = new WeightSchedule([new WeightStep(1, BlendWeights.Balanced)]) };
        var badPolicy = Strategy() with { NewItems = new NewItemPolicy(new BlendWeights(-1, 0, 0, 0), float.NaN) };
        Assert.Contains("must start at 0", Assert.Throws<ArgumentException>(() => scorer.Rank(Profile(), badSchedule, 5)).Message);
        var error = Assert.Throws<ArgumentException>(() => scorer.Rank(Profile(), badPolicy, 5)).Message;
        Assert.Contains("New items: Collaborative weight must not be negative", error);
        Assert.Contains("new-item boost must be a finite number", error);
    }
}
