using ColdStart.Engine.Scoring;
using ColdStart.Workbench.Compare;

namespace ColdStart.Workbench.Tests.Compare;

public sealed class RankingComparisonTests
{
    [Fact]
    public void Overlap_counts_shared_items_over_n()
    {
        Assert.Equal(0.5, RankingComparison.Overlap(["a", "b", "c", "d"], ["d", "x", "a", "y"], 4));
        Assert.Equal(1.0, RankingComparison.Overlap(["a", "b"], ["b", "a"], 2));
        Assert.Equal(0.0, RankingComparison.Overlap(["a", "b"], ["c", "d"], 2));
    }

    [Fact]
    public void Overlap_counts_a_repeated_id_once()
    {
        Assert.Equal(0.25, RankingComparison.Overlap(["a", "b", "c", "d"], ["a", "a", "x", "y"], 4));
    }

    [Fact]
    public void Rank_change_says_up_down_new_or_unchanged_against_the_reference()
    {
        var reference = RankingComparison.Ranks(["a", "b", "c", "d"]);

        Assert.Equal("↑3", RankChange.Of("d", 1, reference).Label);
        Assert.Equal("↓2", RankChange.Of("a", 3, reference).Label);
        Assert.Equal("not in 1", RankChange.Of("z", 2, reference).Label);
        Assert.Equal("=", RankChange.Of("b", 2, reference).Label);
        Assert.Equal(new RankChange(false, -2), RankChange.Of("a", 3, reference));
    }

    [Fact]
    public void Score_bar_shows_positive_components_only_with_proportional_widths()
    {
        var explanation = new Explanation(
            [
                new ScorePart(ScorePart.Collaborative, 0.6f),
                new ScorePart(ScorePart.Semantic, 0.2f),
                new ScorePart(ScorePart.Popularity, -0.4f),
                new ScorePart(ScorePart.Freshness, 0.2f),
                new ScorePart("Tag summer", 1f),
            ],
            [], [], [], 0);

        var segments = ScoreSegment.Of(explanation);

        Assert.Equal([ScorePart.Collaborative, ScorePart.Semantic, ScorePart.Freshness], segments.Select(s => s.Name));
        Assert.Equal([60.0, 20.0, 20.0], segments.Select(s => Math.Round(s.Percent, 3)));
    }

    [Fact]
    public void Pinning_an_item_twice_keeps_one_pin_at_the_latest_position()
    {
        var strategy = Strategy.Balanced.WithPin("SKU-1", 5).WithPin("SKU-1", 2).WithTagRule("summer", 0.5f).WithTagRule("Summer", -1f);

        Assert.Equal(
            [new ExcludeSeenRule(), new PinRule("SKU-1", 2), new TagRule("Summer", -1f)],
            strategy.Rules);
        Assert.Equal([new PinRule("SKU-1", 2), new TagRule("Summer", -1f)], strategy.WithoutRule(0).Rules);
    }
}
