using System.Globalization;
using Bunit;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Similarity;
using ColdStart.Workbench.Components.Shared;
using ColdStart.Workbench.Heatmaps;
using ColdStart.Workbench.Tests.Components;

namespace ColdStart.Workbench.Tests.Personas;

/// <summary>
/// The Personas page's profile panel and the Heatmaps page answer "what is this persona near?" the same way: the
/// panel's nearest items are the best of the persona × item heatmap row over the whole catalog, and its nearest
/// departments the best of the persona × department heatmap row, with the same values.
/// </summary>
public sealed class ProfilePanelHeatmapAgreementTests : BunitTestBase
{
    private static readonly Persona Camper = new("Camper",
        new Dictionary<string, string> { [UserAttributes.Device] = "mobile" }, "tent camping stove", [], ["tent"]);

    [Theory]
    [InlineData(SimilaritySpace.Semantic)]
    [InlineData(SimilaritySpace.Collaborative)]
    public void Nearest_items_are_the_top_of_the_persona_item_heatmap_row(SimilaritySpace space)
    {
        var snapshot = ProfilePanelTests.SmallModel.Value;
        var persona = WithSeed(snapshot.Catalog.Items[3].Id);
        var profile = snapshot.Profiles.Build(persona);
        var everyItem = Enumerable.Range(0, snapshot.Catalog.Count).ToArray();
        var heatmapRow = SimilarityMatrices.PersonaItem(snapshot.Catalog, [profile], everyItem, space).Values[0];

        var shown = Rows(Render(persona), $"profile-{space.Label()}-items");

        var best = Nearest.Top(heatmapRow, shown.Count);
        Assert.Equal(5, shown.Count);
        Assert.Equal(best.Select(n => (Cell(snapshot.Catalog.Items[n.Index].Title, snapshot.Catalog.Items[n.Index].Id), Score(n.Score))), shown);
        AssertNoneOutsideBeats(heatmapRow, best);
    }

    [Theory]
    [InlineData(SimilaritySpace.Semantic)]
    [InlineData(SimilaritySpace.Collaborative)]
    public void Nearest_departments_are_the_top_of_the_persona_department_heatmap_row(SimilaritySpace space)
    {
        var snapshot = ProfilePanelTests.SmallModel.Value;
        var persona = WithSeed(snapshot.Catalog.Items[3].Id);
        var board = HeatmapBoard.Build(snapshot, [persona], [0, 1]);
        var heatmapRow = (space == SimilaritySpace.Semantic ? board.DepartmentsSemantic : board.DepartmentsCollaborative).Values[0];

        var shown = Rows(Render(persona), $"profile-{space.Label()}-departments");

        var best = Nearest.Top(heatmapRow, shown.Count);
        Assert.NotEmpty(shown);
        Assert.Equal(best.Select(n => (Cell(snapshot.Catalog.Departments[n.Index], $"{snapshot.Catalog.DepartmentOf.Count(d => d == n.Index)} items"), Score(n.Score))), shown);
        AssertNoneOutsideBeats(heatmapRow, best);
    }

    private static Persona WithSeed(string itemId) => Camper with { SeedItemIds = [itemId] };

    private IRenderedComponent<ProfilePanel> Render(Persona persona) => RenderInteractive<ProfilePanel>(p => p
        .Add(c => c.Persona, persona)
        .Add(c => c.Snapshot, ProfilePanelTests.SmallModel.Value));

    /// <summary>Each table row as (label and detail, score), whitespace folded.</summary>
    private static List<(string Cell, string Score)> Rows(IRenderedComponent<ProfilePanel> cut, string testId) =>
    [
        .. cut.FindAll($"[data-testid={testId}] tr").Select(r => r.QuerySelectorAll("td"))
            .Select(cells => (Fold(cells[0].TextContent), cells[1].TextContent.Trim())),
    ];

    private static string Cell(string label, string detail) => Fold($"{label} {detail}");

    private static string Score(float value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Fold(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The list is a true top k of the row: no entry left out scores above the last one shown.</summary>
    private static void AssertNoneOutsideBeats(float[] row, Neighbour[] best)
    {
        var shown = best.Select(n => n.Index).ToHashSet();
        for (int i = 0; i < best.Length - 1; i++) Assert.True(best[i].Score >= best[i + 1].Score);
        for (int i = 0; i < row.Length; i++)
            if (!shown.Contains(i)) Assert.True(row[i] <= best[^1].Score, $"Entry {i} ({row[i]}) beats the last shown ({best[^1].Score}).");
    }
}
