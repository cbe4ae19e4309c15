using ColdStart.Engine.Domain;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Similarity;
using ColdStart.Engine.Training;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Heatmaps;

namespace ColdStart.Workbench.Tests.Heatmaps;

public sealed class PersonaItemBoardTests
{
    private static readonly Persona Camper = new("Camper", new Dictionary<string, string>(), "camping tent stove", ["SKU-1"], ["tent"]);
    private static readonly Persona Barista = new("Barista", new Dictionary<string, string>(), "coffee espresso", [], ["espresso"]);

    private static ModelSnapshot Snapshot() => SnapshotBuilder.Build(TinyWorld.Create(), new WordHashEncoder(16), TrainingOptions.Default);

    private static RankedItem Ranked(int rank, int index) =>
        new(rank, index, TinyWorld.Create().Items[index], 1f / rank, new Explanation([], [], [], [], 0f));

    [Fact]
    public void The_union_keeps_each_item_once_in_order_of_first_appearance()
    {
        IReadOnlyList<RankedItem> first = [Ranked(1, 3), Ranked(2, 1), Ranked(3, 4)];
        IReadOnlyList<RankedItem> second = [Ranked(1, 1), Ranked(2, 0), Ranked(3, 3), Ranked(4, 2)];

        var items = PersonaItemBoard.Union([first, second]);

        Assert.Equal([3, 1, 4, 0, 2], items);
    }

    [Fact]
    public void Rows_are_the_personas_and_columns_the_union_of_their_balanced_top_results()
    {
        var snapshot = Snapshot();

        var board = PersonaItemBoard.Build(snapshot, [Camper, Barista], Strategy.Balanced);

        var camperTop = snapshot.Rank(Camper, Strategy.Balanced, PersonaItemBoard.TopResultsPerPersona).Items.Select(r => r.Index).ToList();
        // The balanced strategy excludes the camper's seed (SKU-1, index 0); the barista has no seed, so it joins last.
        Assert.DoesNotContain(0, camperTop);
        Assert.Equal([.. camperTop, 0], board.Items);
        Assert.Equal(["Camper", "Barista"], board.Semantic.RowLabels);
        Assert.Equal(SimilarityMatrices.ItemLabels(snapshot.Catalog, board.Items), board.Collaborative.ColumnLabels);
        Assert.Equal("Trail tent", board.Semantic.ColumnLabels[^1]);
    }

    [Fact]
    public void Each_value_is_the_cosine_of_the_persona_profile_to_the_item_in_that_space()
    {
        var snapshot = Snapshot();
        var barista = snapshot.Profiles.Build(Barista);

        var board = PersonaItemBoard.Build(snapshot, [Camper, Barista], Strategy.Balanced);

        for (int c = 0; c < board.Items.Count; c++)
        {
            int item = board.Items[c];
            Assert.Equal(Cosines.Of(barista.Semantic, snapshot.Catalog.Semantic.Row(item)), board.Semantic[1, c], 5);
            Assert.Equal(Cosines.Of(barista.Collaborative, snapshot.Catalog.Collaborative.Row(item)), board.Collaborative[1, c], 5);
        }
        int espresso = board.Items.ToList().IndexOf(3);
        int stove = board.Items.ToList().IndexOf(1);
        Assert.True(board.Semantic[1, espresso] > board.Semantic[1, stove], "the barista's words are coffee words");
    }

    [Fact]
    public void More_personas_than_fit_are_refused_with_the_count()
    {
        var many = Enumerable.Range(1, PersonaItemBoard.MaxPersonas + 1)
            .Select(i => Barista with { Name = $"Barista {i}" }).ToList();

        var error = Assert.Throws<ArgumentException>(() => PersonaItemBoard.Build(Snapshot(), many, Strategy.Balanced));

        Assert.Contains("7 were chosen", error.Message, StringComparison.Ordinal);
    }
}
