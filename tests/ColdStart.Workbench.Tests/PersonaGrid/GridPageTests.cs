using Bunit;
using ColdStart.Data;
using ColdStart.Data.Stores;
using ColdStart.Engine.Comparison;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Compare;
using ColdStart.Workbench.Components.Pages.PersonaGrid;
using ColdStart.Workbench.Modeling;
using ColdStart.Workbench.Tests.Compare;
using ColdStart.Workbench.Tests.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ColdStart.Workbench.Tests.PersonaGrid;

public sealed class GridPageTests : BunitTestBase, IClassFixture<TinyModelFixture>
{
    private const string Workspace = "sample";

    /// <summary>The grid is computed off the renderer's thread; give it time on a busy machine.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly TinyModelFixture _model;
    private readonly TempDatabase _database = new();

    public GridPageTests(TinyModelFixture model)
    {
        _model = model;
        Services.AddSingleton<ILiveModel>(new FakeLiveModel(Workspace) { Current = model.Snapshot });
        Services.AddSingleton(_database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>());
        Services.AddLogging();
        Services.AddCompare();
    }

    [Fact]
    public async Task Every_persona_by_every_stored_strategy_gets_a_cell_with_Compares_figures()
    {
        var store = await _database.PrepareAsync();
        await store.SaveWorldAsync(Workspace, _model.World);
        var personas = await Services.GetRequiredService<ColdStart.Workbench.Personas.PersonaSource>().ForWorkspaceAsync(Workspace);
        var strategies = await Services.GetRequiredService<StrategyStore>().ListAsync();
        var expected = PersonaStrategyGrid.Compute(_model.Snapshot,
            new GridRequest(personas, [.. strategies.Select(s => s.Strategy)], strategies.Single(s => s.Strategy.Name == "Balanced").Strategy));

        var cut = RenderInteractive<GridPage>();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=grid-table]")), Patience);
        Assert.Equal(personas.Count * strategies.Count, cut.FindAll("td.grid-cell").Count);
        var last = cut.Find($"[data-testid=grid-cell-{personas.Count - 1}-{strategies.Count - 1}]");
        var cell = expected[personas.Count - 1, strategies.Count - 1];
        Assert.Contains("overlap " + cell.Overlap.ToString("0%", System.Globalization.CultureInfo.InvariantCulture), last.TextContent, StringComparison.Ordinal);
        Assert.Contains($"diversity {cell.Diversity.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)}", last.TextContent, StringComparison.Ordinal);
        Assert.Contains("new " + cell.NewItemShare.ToString("0%", System.Globalization.CultureInfo.InvariantCulture), last.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cell_links_to_that_persona_and_strategy_in_Compare()
    {
        var store = await _database.PrepareAsync();
        await store.SaveWorldAsync(Workspace, _model.World);
        var personas = await Services.GetRequiredService<ColdStart.Workbench.Personas.PersonaSource>().ForWorkspaceAsync(Workspace);
        var strategies = await Services.GetRequiredService<StrategyStore>().ListAsync();

        var cut = RenderInteractive<GridPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=grid-cell-1-1]")), Patience);
        var href = cut.Find("[data-testid=grid-cell-1-1] a[data-testid=grid-link]").GetAttribute("href");

        var uri = new Uri(new Uri(Services.GetRequiredService<NavigationManager>().BaseUri), href);
        Assert.Equal("/compare", uri.AbsolutePath);
        Assert.Equal($"?persona={Uri.EscapeDataString(personas[1].Name)}&strategy={Uri.EscapeDataString(strategies[1].Strategy.Name)}", uri.Query);
    }

    [Fact]
    public async Task A_workspace_without_personas_says_so()
    {
        await _database.PrepareAsync();
        var cut = RenderInteractive<GridPage>();

        cut.WaitForAssertion(() => Assert.Contains("has no personas", cut.Find("[data-testid=grid-error]").TextContent, StringComparison.Ordinal), Patience);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _database.Dispose();
        base.Dispose(disposing);
    }
}
