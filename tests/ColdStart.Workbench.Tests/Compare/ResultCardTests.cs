using Bunit;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Scoring;
using ColdStart.Workbench.Compare;
using ColdStart.Workbench.Components.Pages.Compare;
using ColdStart.Workbench.Tests.Components;

namespace ColdStart.Workbench.Tests.Compare;

public sealed class ResultCardTests : BunitTestBase
{
    private static readonly Item Tent = new("SKU-1", "Trail tent", "A light tent.", "Outdoor", "Tent", "Outdoor > Camping > Tent", "Alpina", 199.5f,
        new DateOnly(2025, 3, 1), ["camping", "<b>bold</b>"]);

    private static CompareCard Card(int rank, float collaborative, float semantic, RankChange change = default)
    {
        var explanation = new Explanation(
            [new(ScorePart.Collaborative, collaborative), new(ScorePart.Semantic, semantic), new(ScorePart.Popularity, 0), new(ScorePart.Freshness, 0)],
            [], [], [], 0);
        return new CompareCard(new RankedItem(rank, 0, Tent, collaborative + semantic, explanation), IsNew: false, change, ScoreSegment.Of(explanation));
    }

    private IRenderedComponent<ResultCard> RenderCard(CompareCard card) =>
        RenderInteractive<ResultCard>(p => p.Add(c => c.Card, card).Add(c => c.ShowChange, true));

    [Fact]
    public void The_card_shows_rank_change_score_tags_and_a_bar_split_by_component()
    {
        var cut = RenderCard(Card(2, 0.3f, 0.1f, new RankChange(false, 3)));

        Assert.Equal("#2", cut.Find(".card-rank").TextContent);
        Assert.Equal("↑3", cut.Find("[data-testid=rank-change]").TextContent);
        Assert.Contains("score 0.400", cut.Find(".card-meta").TextContent, StringComparison.Ordinal);
        Assert.Equal(["camping", "<b>bold</b>"], cut.FindAll(".card-tags .mud-chip-content").Select(e => e.TextContent));
        Assert.Empty(cut.FindAll(".card-tags b"));
        Assert.Equal(["width:75%;background:#1976d2", "width:25%;background:#8e24aa"],
            cut.FindAll("[data-testid=score-bar] div").Select(e => e.GetAttribute("style")));
    }

    [Fact]
    public void An_equal_card_is_not_rendered_again_and_a_changed_score_is()
    {
        var cut = RenderCard(Card(2, 0.3f, 0.1f));
        int renders = cut.RenderCount;

        cut.Render(p => p.Add(c => c.Card, Card(2, 0.3f, 0.1f)));
        Assert.Equal(renders, cut.RenderCount);

        cut.Render(p => p.Add(c => c.Card, Card(2, 0.5f, 0.1f)));
        Assert.Equal(renders + 1, cut.RenderCount);
        Assert.Contains("score 0.600", cut.Find(".card-meta").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Why_shows_the_explanation_and_pin_reports_the_card()
    {
        CompareCard? pinned = null;
        var card = Card(4, 0.3f, 0.1f);
        var cut = RenderInteractive<ResultCard>(p => p.Add(c => c.Card, card).Add(c => c.OnPin, c => pinned = c));

        cut.Find("button[data-testid=explain]").Click();
        cut.Find("button[data-testid=pin]").Click();

        Assert.Contains("Collaborative", cut.Find("[data-testid=explanation]").TextContent, StringComparison.Ordinal);
        Assert.Equal("Hide why", cut.Find("button[data-testid=explain]").TextContent);
        Assert.Same(card, pinned);
    }
}
