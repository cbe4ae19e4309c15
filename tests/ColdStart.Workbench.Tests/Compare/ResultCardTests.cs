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
    public void The_bar_shows_item_to_item_lexical_and_the_new_item_boost_in_colours_of_their_own()
    {
        var explanation = new Explanation(
        [
            new(ScorePart.Collaborative, 0.1f), new(ScorePart.Semantic, 0.1f), new(ScorePart.Popularity, -0.2f), new(ScorePart.Freshness, 0.1f),
            new(ScorePart.ItemToItem, 0.3f), new(ScorePart.Lexical, 0.2f), new(ScorePart.NewItem, 0.2f), new("Tag “camping”", 0.5f),
        ], [], [], [], 0);
        var card = new CompareCard(new RankedItem(1, 0, Tent, 1.3f, explanation), IsNew: true, default, ScoreSegment.Of(explanation));

        var cut = RenderCard(card);

        var segments = cut.FindAll("[data-testid=score-bar] div");
        Assert.Equal(["Collaborative", "Semantic", "Freshness", "Item-to-item", "Lexical", "New item"], segments.Select(e => e.GetAttribute("data-component")));
        Assert.Equal(["width:10%;background:#1976d2", "width:10%;background:#8e24aa", "width:10%;background:#43a047",
            "width:30%;background:#00897b", "width:20%;background:#6d4c41", "width:20%;background:#d81b60"], segments.Select(e => e.GetAttribute("style")));
    }

    [Fact]
    public void The_legend_shows_each_part_in_its_bar_colour()
    {
        var cut = RenderInteractive<ScoreLegend>();

        var entries = cut.FindAll("[data-component]");
        Assert.Equal(["Collaborative", "Semantic", "Popularity", "Freshness", "Item-to-item", "Lexical", "New item"], entries.Select(e => e.TextContent.Trim()));
        Assert.Contains("background:#00897b", entries[4].QuerySelector("span")!.GetAttribute("style"), StringComparison.Ordinal);
        Assert.Contains("background:#d81b60", entries[6].QuerySelector("span")!.GetAttribute("style"), StringComparison.Ordinal);
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

    [Fact]
    public void Bury_reports_the_item_itself_and_bury_by_offers_its_tags_brand_and_department()
    {
        var requests = new List<BuryRequest>();
        var card = Card(4, 0.3f, 0.1f);
        var cut = RenderInteractive<ResultCard>(p => p.Add(c => c.Card, card).Add(c => c.OnBury, r => requests.Add(r)));

        cut.Find("button[data-testid=bury]").Click();
        cut.Find("button[data-testid=bury-more]").Click();
        Assert.Equal(["Tag “camping”", "Tag “<b>bold</b>”", "Brand “Alpina”", "Department “Outdoor”"],
            cut.FindAll("[data-testid=bury-choices] button").Select(b => b.TextContent.Trim()));
        cut.FindAll("button[data-testid=bury-tag]")[1].Click();
        cut.Find("button[data-testid=bury-more]").Click();
        cut.Find("button[data-testid=bury-brand]").Click();

        Assert.Equal([new BuryRequest(card, BuryScope.Item), new BuryRequest(card, BuryScope.Tag, "<b>bold</b>"), new BuryRequest(card, BuryScope.Brand)], requests);
        Assert.Empty(cut.FindAll("[data-testid=bury-choices]")); // a choice closes the list
        Assert.Equal("SKU-1", cut.Find("[data-testid=item-sku]").TextContent);
    }

    [Fact]
    public void A_card_placed_below_a_lower_score_by_diversity_says_so()
    {
        var cut = RenderCard(Card(3, 0.3f, 0.1f) with { ReorderedByDiversity = true });

        Assert.Contains("diversity (MMR) re-order", cut.Find("[data-testid=mmr-note]").TextContent, StringComparison.Ordinal);
        Assert.Empty(Render<ResultCard>(p => p.Add(c => c.Card, Card(3, 0.3f, 0.1f))).FindAll("[data-testid=mmr-note]"));
    }
}
