using ColdStart.Engine.Domain;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Similarity;
using ColdStart.Engine.Training;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Heatmaps;

namespace ColdStart.Workbench.Tests.Heatmaps;

public sealed class HeatmapBoardTests
{
    private static readonly Persona Camper = new("Camper", new Dictionary<string, string>(), "camping tent stove", ["SKU-1"], ["tent"]);
    private static readonly Persona Barista = new("Barista", new Dictionary<string, string>(), "coffee espresso", [], ["espresso"]);

    private static ModelSnapshot Snapshot() => SnapshotBuilder.Build(TinyWorld.Create(), new WordHashEncoder(16), TrainingOptions.Default);

    [Fact]
    public void Top_items_are_the_balanced_ranking_of_the_persona_in_rank_order()
    {
        var snapshot = Snapshot();

        var items = HeatmapBoard.TopItems(snapshot, Barista, Strategy.Balanced);

        var expected = snapshot.Rank(Barista, Strategy.Balanced, HeatmapBoard.TopResults).Items.Select(r => r.Index);
        Assert.Equal(expected, items);
        Assert.InRange(items.Count, 1, HeatmapBoard.TopResults);
    }

    [Fact]
    public void The_board_holds_item_department_and_persona_matrices_from_the_live_catalog()
    {
        var snapshot = Snapshot();
        int[] items = [0, 2, 3];

        var board = HeatmapBoard.Build(snapshot, [Camper, Barista], items);

        Assert.Equal(["Trail tent", "Linen shirt", "Espresso maker"], board.ItemsSemantic.RowLabels);
        Assert.Equal(snapshot.Catalog.Semantic.Cosine(0, 3), board.ItemsSemantic[0, 2], 5);
        Assert.Equal(snapshot.Catalog.Collaborative.Cosine(2, 3), board.ItemsCollaborative[1, 2], 5);
        Assert.Equal(1f, board.ItemsSemantic[1, 1], 5);
        Assert.Equal(["Fashion", "Kitchen", "Outdoor"], board.DepartmentsSemantic.ColumnLabels);
        Assert.Equal(["Camper", "Barista"], board.DepartmentsCollaborative.RowLabels);
        Assert.Equal(["Camper", "Barista"], board.PersonasSemantic.ColumnLabels);
        Assert.Equal(1f, board.PersonasSemantic[0, 0], 5);
        Assert.Equal(board.PersonasCollaborative[0, 1], board.PersonasCollaborative[1, 0]);
    }

    [Fact]
    public void Department_affinity_follows_the_words_of_the_persona()
    {
        var board = HeatmapBoard.Build(Snapshot(), [Camper, Barista], []);

        // Columns: Fashion, Kitchen, Outdoor. The camper's words are camping words, the barista's are coffee words.
        Assert.True(board.DepartmentsSemantic[0, 2] > board.DepartmentsSemantic[0, 1]);
        Assert.True(board.DepartmentsSemantic[1, 1] > board.DepartmentsSemantic[1, 2]);
        Assert.Equal(0, board.ItemsSemantic.Rows);
    }
}
