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
    public void Bury_adds_a_negative_rule_for_the_first_tag_and_the_ranking_follows_it()
    {
        var session = Session();
        session.Rank(model.Snapshot);
        var card = session.Results[0].Cards.First(c => c.Ranked.Item.Tags.Count > 0);

        session.Bury(0, card);
        session.Rank(model.Snapshot);

        var buried = Strategy.Balanced.WithTagRule(card.Ranked.Item.Tags[0], -1f);
        Assert.Equal(buried.Rules, session.StrategyOf(Strategy.Balanced.Name).Rules);
        Assert.Equal(
            model.Snapshot.Rank(_personas[0], buried, 20).Items.Select(i => i.Item.Id),
            session.Results[0].Cards.Select(c => c.ItemId));
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
