using Bunit;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Training;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Components.Pages.Heatmaps;
using ColdStart.Workbench.Heatmaps;
using ColdStart.Workbench.Tests.Components;
using MudBlazor;

namespace ColdStart.Workbench.Tests.Heatmaps;

public sealed class PersonaItemHeatmapsTests : BunitTestBase
{
    private const string PlotlyModule = "./_content/Plotly.Blazor/plotly-interop-7.2.0.js";

    /// <summary>The board is computed off the renderer's thread; give it time on a busy machine.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private static readonly Persona[] Personas =
    [
        new("Camper", new Dictionary<string, string>(), "camping tent stove", ["SKU-1"], ["tent"]),
        new("Barista", new Dictionary<string, string>(), "coffee espresso", [], ["espresso"]),
        new("Summer shopper", new Dictionary<string, string>(), "linen summer shirt", [], []),
        new("Newcomer", new Dictionary<string, string>(), "ultralight", [], []),
    ];

    private readonly ModelSnapshot _snapshot = SnapshotBuilder.Build(TinyWorld.Create(), new WordHashEncoder(16), TrainingOptions.Default);

    private IRenderedComponent<PersonaItemHeatmaps> RenderBoard() =>
        RenderInteractive<PersonaItemHeatmaps>(p => p.Add(c => c.Snapshot, _snapshot).Add(c => c.Personas, Personas).Add(c => c.Strategy, Strategy.Balanced));

    private static SimilarityHeatmap Chart(IRenderedComponent<PersonaItemHeatmaps> cut, string testId) =>
        cut.FindComponents<SimilarityHeatmap>().Single(h => h.Instance.TestId == testId).Instance;

    [Fact]
    public void The_first_three_personas_and_their_results_are_bound_into_both_traces()
    {
        JSInterop.SetupModule(PlotlyModule);

        var cut = RenderBoard();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Instance.Board), Patience);
        var expected = PersonaItemBoard.Build(_snapshot, Personas[..3], Strategy.Balanced);
        var semantic = Chart(cut, "heatmap-persona-items-semantic").Trace;
        var collaborative = Chart(cut, "heatmap-persona-items-collaborative").Trace;
        Assert.Equal(["Camper", "Barista", "Summer shopper"], semantic.Y);
        Assert.Equal(expected.Semantic.ColumnLabels, semantic.X.Cast<string>());
        Assert.Equal(expected.Semantic[1, 2], ((float[])semantic.Z[1])[2]);
        Assert.Equal(expected.Collaborative[2, 0], ((float[])collaborative.Z[2])[0]);
        Assert.Contains("%{y}", semantic.HoverTemplate, StringComparison.Ordinal);
        Assert.Contains("%{z", semantic.HoverTemplate, StringComparison.Ordinal);
        Assert.NotNull(cut.Find("#heatmap-persona-items-semantic"));
    }

    [Fact]
    public async Task Choosing_other_personas_rebinds_the_rows_and_sends_them_to_plotly()
    {
        var module = JSInterop.SetupModule(PlotlyModule);
        var cut = RenderBoard();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Instance.Board), Patience);
        int before = module.Invocations.Count(i => i.Identifier == "react");

        var select = cut.FindComponent<MudSelect<string>>();
        await cut.InvokeAsync(() => select.Instance.SelectedValuesChanged.InvokeAsync(["Newcomer"]));

        cut.WaitForAssertion(() => Assert.Equal(["Newcomer"], Chart(cut, "heatmap-persona-items-semantic").Trace.Y), Patience);
        var expected = PersonaItemBoard.Build(_snapshot, [Personas[3]], Strategy.Balanced);
        Assert.Equal(expected.Semantic.ColumnLabels, Chart(cut, "heatmap-persona-items-semantic").Trace.X.Cast<string>());
        Assert.True(module.Invocations.Count(i => i.Identifier == "react") > before);
    }

    [Fact]
    public async Task Choosing_no_persona_says_so_and_draws_no_chart()
    {
        JSInterop.SetupModule(PlotlyModule);
        var cut = RenderBoard();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Instance.Board), Patience);

        var select = cut.FindComponent<MudSelect<string>>();
        await cut.InvokeAsync(() => select.Instance.SelectedValuesChanged.InvokeAsync([]));

        cut.WaitForAssertion(() => Assert.Contains("Choose at least one persona", cut.Find("[data-testid=heatmaps-persona-items-empty]").TextContent, StringComparison.Ordinal), Patience);
        Assert.Empty(cut.FindAll("[data-testid^=heatmap-persona-items-]"));
    }
}
