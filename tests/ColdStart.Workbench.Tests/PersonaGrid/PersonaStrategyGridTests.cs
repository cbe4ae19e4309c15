using ColdStart.Engine.Scoring;
using ColdStart.Engine.World;
using ColdStart.Workbench.Compare;
using ColdStart.Engine.Comparison;
using ColdStart.Workbench.Tests.Compare;

namespace ColdStart.Workbench.Tests.PersonaGrid;

public sealed class PersonaStrategyGridTests(TinyModelFixture model) : IClassFixture<TinyModelFixture>
{
    private static readonly Strategy PopularOnly = new("Popular only", new BlendWeights(0, 0, 1, 0), 0, [new ExcludeSeenRule()]);
    private static readonly Strategy[] Strategies = [Strategy.Balanced, Strategy.CollaborativeOnly, Strategy.SemanticOnly, PopularOnly];

    [Fact]
    public void Every_cell_equals_what_Compare_shows_for_the_same_pair()
    {
        var personas = SamplePersonas.For(model.World.Dataset).Take(4).ToList();
        var followed = model.Snapshot.Scorer.Rank(model.Snapshot.Profiles.Build(personas[0]), Strategy.SemanticOnly, 20).Items[2].Item.Id;

        var grid = PersonaStrategyGrid.Compute(model.Snapshot, new GridRequest(personas, Strategies, Strategy.Balanced, 20, followed));

        Assert.Equal(personas.Count, grid.Personas.Count);
        Assert.Equal(Strategies.Length, grid.Strategies.Count);
        for (int r = 0; r < personas.Count; r++)
            for (int c = 0; c < Strategies.Length; c++)
            {
                var session = new CompareSession(personas, Strategies, columns: 2) { TopN = 20 };
                session.Columns[0].PersonaName = session.Columns[1].PersonaName = personas[r].Name;
                session.Columns[0].StrategyName = Strategy.Balanced.Name;
                session.Columns[1].StrategyName = Strategies[c].Name;
                session.Rank(model.Snapshot);
                var column = session.Results[1];
                var cell = grid[r, c];
                Assert.Null(cell.Error);
                Assert.Equal(column.Overlap!.Value, cell.Overlap, 12);
                Assert.Equal(column.Diversity, cell.Diversity, 12);
                Assert.Equal((double)column.Cards.Count(k => k.IsNew) / column.Cards.Count, cell.NewItemShare, 12);
                Assert.Equal(column.Cards.FirstOrDefault(k => k.ItemId == followed)?.Ranked.Rank, cell.ItemRank);
            }
        Assert.Equal(3, grid[0, 2].ItemRank);
        Assert.Equal(1.0, grid[0, 0].Overlap);
    }

    [Fact]
    public void An_unknown_item_is_named_in_a_warning_and_an_invalid_strategy_fails_only_its_cells()
    {
        var personas = SamplePersonas.For(model.World.Dataset).Take(2).ToList();
        var broken = new Strategy("Broken", new BlendWeights(-1, 0, 0, 0), 0, []);

        var grid = PersonaStrategyGrid.Compute(model.Snapshot, new GridRequest(personas, [Strategy.Balanced, broken], Strategy.Balanced, 10, "NO-SUCH-SKU"));

        Assert.Contains(grid.Warnings, w => w.Contains("NO-SUCH-SKU", StringComparison.Ordinal));
        Assert.All(Enumerable.Range(0, 2), r => Assert.Null(grid[r, 0].Error));
        Assert.All(Enumerable.Range(0, 2), r => Assert.Contains("Collaborative", grid[r, 1].Error, StringComparison.Ordinal));
    }
}
