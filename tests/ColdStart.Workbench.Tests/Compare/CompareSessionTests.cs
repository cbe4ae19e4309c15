using ColdStart.Engine.Domain;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.World;
using ColdStart.Workbench.Compare;

namespace ColdStart.Workbench.Tests.Compare;

public sealed class CompareSessionTests(TinyModelFixture model) : IClassFixture<TinyModelFixture>
{
    private readonly IReadOnlyList<Persona> _personas = SamplePersonas.For(model.World.Dataset);

    private CompareSession Session(params Strategy[] strategies) =>
        new(_personas, strategies.Length == 0 ? Strategy.Presets : strategies);

    [Fact]
    public void Columns_with_the_same_persona_and_strategy_overlap_fully_and_nothing_moves()
    {
        var session = Session();
        session.Columns[1].PersonaName = session.Columns[0].PersonaName;

        session.Rank(model.Snapshot);

        var second = session.Results[1];
        Assert.Equal(1.0, second.Overlap);
        Assert.All(second.Cards, c => Assert.Equal("=", c.Change.Label));
        Assert.Null(session.Results[0].Overlap);
        Assert.InRange(second.Diversity, 0.0, 2.0);
    }

    [Fact]
    public void Rank_changes_and_overlap_are_taken_against_the_first_column()
    {
        var session = Session();
        session.Columns[1].StrategyName = Strategy.SemanticOnly.Name;
        session.Columns[1].PersonaName = session.Columns[0].PersonaName;

        session.Rank(model.Snapshot);

        var first = session.Results[0].Cards.Select(c => c.ItemId).ToList();
        var second = session.Results[1].Cards;
        int shared = second.Count(c => first.Contains(c.ItemId));
        Assert.Equal((double)shared / 20, session.Results[1].Overlap);
        foreach (var card in second)
        {
            int before = first.IndexOf(card.ItemId) + 1;
            Assert.Equal(before == 0 ? new RankChange(true, 0) : new RankChange(false, before - card.Ranked.Rank), card.Change);
        }
    }

    [Fact]
    public void Showing_a_persona_first_swaps_it_with_the_column_that_showed_it()
    {
        var session = Session();
        Assert.Equal([_personas[0].Name, _personas[1].Name, _personas[2].Name], session.Columns.Select(c => c.PersonaName));

        session.ShowFirst(_personas[2].Name);
        Assert.Equal([_personas[2].Name, _personas[1].Name, _personas[0].Name], session.Columns.Select(c => c.PersonaName));

        session.ShowFirst(_personas[4].Name);
        Assert.Equal([_personas[4].Name, _personas[1].Name, _personas[0].Name], session.Columns.Select(c => c.PersonaName));
        Assert.Throws<KeyNotFoundException>(() => session.ShowFirst("Nobody"));
    }

    [Fact]
    public void Pin_places_the_item_at_its_rank_in_every_column_using_that_strategy()
    {
        var session = Session();
        session.Rank(model.Snapshot);
        var tenth = session.Results[1].Cards[9];

        session.Pin(1, tenth);
        session.Rank(model.Snapshot);

        Assert.Contains(new PinRule(tenth.ItemId, 10), session.StrategyOf(Strategy.Balanced.Name).Rules);
        Assert.All(session.Results, r => Assert.Equal(tenth.ItemId, r.Cards[9].ItemId));
    }

    [Fact]
    public void Bury_adds_an_item_rule_for_the_card_itself_and_only_that_item_moves_down()
    {
        var session = Session();
        session.Rank(model.Snapshot);
        var before = session.Results[0].Cards.Select(c => c.ItemId).ToList();
        var card = session.Results[0].Cards[1];

        string what = session.Bury(0, new BuryRequest(card, BuryScope.Item));
        session.Rank(model.Snapshot);

        var buried = Strategy.Balanced.WithScoreRule(new ItemRule(card.ItemId, -1f));
        Assert.Equal(buried.Rules, session.StrategyOf(Strategy.Balanced.Name).Rules);
        Assert.Equal($"Burying {card.ItemId} “{card.Ranked.Item.Title}”", what);
        var after = session.Results[0].Cards.Select(c => c.ItemId).ToList();
        Assert.Equal(model.Snapshot.Rank(_personas[0], buried, 20).Items.Select(i => i.Item.Id), after);
        Assert.True(after.IndexOf(card.ItemId) is -1 or > 1, "the buried item moved down");
        Assert.Equal(before[0], after[0]); // the item above it is not buried with it
    }

    [Fact]
    public void Bury_by_tag_brand_or_department_is_an_explicit_choice_with_its_own_rule()
    {
        var session = Session();
        session.Rank(model.Snapshot);
        var card = session.Results[0].Cards.First(c => c.Ranked.Item.Tags.Count > 1 && c.Ranked.Item.Brand.Length > 0);
        var item = card.Ranked.Item;

        session.Bury(0, new BuryRequest(card, BuryScope.Tag, item.Tags[1]));
        session.Bury(0, new BuryRequest(card, BuryScope.Brand));
        session.Bury(0, new BuryRequest(card, BuryScope.Department));

        Assert.Equal([new ExcludeSeenRule(), new TagRule(item.Tags[1], -1f), new BrandRule(item.Brand, -1f), new DepartmentRule(item.Department, -1f)],
            session.StrategyOf(Strategy.Balanced.Name).Rules);
        Assert.Throws<InvalidOperationException>(() => session.Bury(0, new BuryRequest(card, BuryScope.Tag, "no-such-tag")));

        // Bury again buries further.
        Assert.EndsWith("further (strength -2)", session.Bury(0, new BuryRequest(card, BuryScope.Brand)), StringComparison.Ordinal);
        Assert.Equal([new ExcludeSeenRule(), new TagRule(item.Tags[1], -1f), new DepartmentRule(item.Department, -1f), new BrandRule(item.Brand, -2f)],
            session.StrategyOf(Strategy.Balanced.Name).Rules);
    }

    [Fact]
    public void A_card_is_marked_when_diversity_placed_it_below_a_lower_score()
    {
        var session = Session(Strategy.Balanced with { DiversityLambda = 0.8f });
        session.Rank(model.Snapshot);

        var cards = session.Results[0].Cards;
        Assert.Contains(cards, c => c.ReorderedByDiversity);
        for (int i = 0; i < cards.Count; i++)
            Assert.Equal(i > 0 && cards[i].Ranked.Score > cards[i - 1].Ranked.Score, cards[i].ReorderedByDiversity);
        var plain = Session(Strategy.Balanced with { DiversityLambda = 0 });
        plain.Rank(model.Snapshot);
        Assert.DoesNotContain(plain.Results[0].Cards, c => c.ReorderedByDiversity);
    }

    [Fact]
    public void After_a_change_each_card_knows_its_move_and_its_parts_before_and_an_unchanged_re_rank_keeps_them()
    {
        var session = Session();
        session.Rank(model.Snapshot);
        Assert.All(session.Results[0].Cards, c => Assert.Null(c.Moved));
        var before = session.Results[0].Cards.ToDictionary(c => c.ItemId);

        session.UpdateStrategy(Strategy.Balanced.Name, Strategy.Balanced with { Weights = Strategy.Balanced.Weights with { Semantic = 1, Collaborative = 0 } });
        session.Rank(model.Snapshot);

        var cards = session.Results[0].Cards;
        Assert.Contains(cards, c => c.HasMoved);
        foreach (var card in cards)
        {
            var expected = before.TryGetValue(card.ItemId, out var then) ? new RankChange(false, then.Ranked.Rank - card.Ranked.Rank) : new RankChange(true, 0);
            Assert.Equal(expected, card.Moved);
            Assert.Same(then?.Ranked, card.Before);
        }

        session.Rank(model.Snapshot); // nothing changed for this column: the moves stay
        Assert.Equal(cards.Select(c => c.Moved), session.Results[0].Cards.Select(c => c.Moved));
        session.Columns[0].PersonaName = session.PersonaNames[^1]; // another persona: no earlier list to compare with
        session.Rank(model.Snapshot);
        Assert.All(session.Results[0].Cards, c => Assert.Null(c.Moved));
    }

    [Fact]
    public void Renaming_a_strategy_renames_it_in_its_columns_and_invalid_weights_are_reported()
    {
        var session = Session();
        session.UpdateStrategy("Balanced", Strategy.Balanced with { Name = "Summer push", Weights = new BlendWeights(-1, 0, 0, 0) });
        session.Rank(model.Snapshot);

        Assert.All(session.Columns, c => Assert.Equal("Summer push", c.StrategyName));
        Assert.Equal("Collaborative weight must not be negative (got -1).", session.Results[0].Error);
        Assert.Throws<InvalidOperationException>(() => session.AddStrategy(Strategy.SemanticOnly));
    }

    [Fact]
    public void Columns_stay_between_two_and_four()
    {
        var session = Session();
        session.AddColumn();
        Assert.False(session.CanAddColumn);
        Assert.Throws<InvalidOperationException>(session.AddColumn);
        session.RemoveColumn(0);
        session.RemoveColumn(0);
        Assert.Throws<InvalidOperationException>(() => session.RemoveColumn(0));
        Assert.Equal(2, session.Columns.Count);
    }
}
