using Bunit;
using ColdStart.Data;
using ColdStart.Data.Seeding;
using ColdStart.Data.Storage;
using ColdStart.Data.Stores;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.World;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Components.Pages.Heatmaps;
using ColdStart.Workbench.Heatmaps;
using ColdStart.Workbench.Modeling;
using ColdStart.Workbench.Options;
using ColdStart.Workbench.Personas;
using ColdStart.Workbench.Tests.Compare;
using ColdStart.Workbench.Tests.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;

namespace ColdStart.Workbench.Tests.Heatmaps;

public sealed class HeatmapsPageTests : BunitTestBase, IClassFixture<TinyModelFixture>
{
    private const string PlotlyModule = "./_content/Plotly.Blazor/plotly-interop-7.2.0.js";
    private const string Workspace = "shop";

    /// <summary>The boards are computed off the renderer's thread; give them time on a busy machine.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly TinyModelFixture _model;
    private readonly TempDatabase _database = new();

    public HeatmapsPageTests(TinyModelFixture model)
    {
        _model = model;
        Services.AddSingleton(_database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>());
        Services.AddHeatmaps();
    }

    [Fact]
    public void While_the_model_is_preparing_the_page_says_so_and_draws_no_chart()
    {
        var host = new ModelHost(new SeedingStatus(), _database.Store, Microsoft.Extensions.Options.Options.Create(new ModelOptions()),
            new HostingEnvironment { ContentRootPath = _database.Folder }, NullLogger<ModelHost>.Instance);
        Services.AddSingleton<ILiveModel>(host.Acquire(Workspace)); // the seeding never ends here: the model waits for it

        var cut = RenderInteractive<HeatmapsPage>();

        Assert.Contains("The model is preparing", cut.Find("[data-testid=heatmaps-model-preparing]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid^=heatmap-]"));
        host.Dispose();
    }

    [Fact]
    public async Task An_imported_workspace_without_personas_says_so_instead_of_inventing_sample_personas()
    {
        var store = await _database.PrepareAsync();
        await store.SaveWorldAsync(new WorkspaceContent(Workspace, WorkspaceKinds.Csv, _model.World.Dataset));
        Services.AddSingleton<ILiveModel>(new FakeLiveModel(Workspace) { Current = _model.Snapshot });
        JSInterop.SetupModule(PlotlyModule);

        var cut = RenderInteractive<HeatmapsPage>();

        cut.WaitForAssertion(() => Assert.Equal(
            PersonaSource.NoPersonasMessage(Workspace), cut.Find("[data-testid=heatmaps-no-personas]").TextContent.Trim()), Patience);
        var invented = SamplePersonas.For(_model.World.Dataset).Select(p => p.Name).ToList();
        Assert.DoesNotContain(invented, name => cut.Markup.Contains(name, StringComparison.Ordinal));
        cut.WaitForAssertion(() => Assert.NotNull(cut.FindComponent<PersonaItemHeatmaps>().Instance.Board), Patience);
        Assert.Empty(cut.FindComponent<PersonaItemHeatmaps>().Instance.Board!.Items);
    }

    [Fact]
    public async Task The_persona_item_board_ranks_with_the_stored_balanced_strategy_as_edited()
    {
        var store = await _database.PrepareAsync();
        await store.SaveWorldAsync(Workspace, _model.World);
        var strategyStore = new StrategyStore(_database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>());
        var balanced = (await strategyStore.ListAsync()).Single(s => s.Strategy.Name == Strategy.Balanced.Name);
        var popularOnly = balanced.Strategy with { Weights = new BlendWeights(0, 0, 1, 0) };
        await strategyStore.UpdateAsync(balanced.Id, balanced.Version, popularOnly);
        Services.AddSingleton<ILiveModel>(new FakeLiveModel(Workspace) { Current = _model.Snapshot });
        JSInterop.SetupModule(PlotlyModule);
        var personas = SamplePersonas.For(_model.World.Dataset).OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .Take(PersonaItemBoard.DefaultPersonas).ToList();

        var cut = RenderInteractive<HeatmapsPage>();

        var expected = PersonaItemBoard.Build(_model.Snapshot, personas, popularOnly).Items;
        var builtIn = PersonaItemBoard.Build(_model.Snapshot, personas, Strategy.Balanced).Items;
        Assert.NotEqual(builtIn, expected);
        cut.WaitForAssertion(() => Assert.Equal(expected, cut.FindComponent<PersonaItemHeatmaps>().Instance.Board?.Items), Patience);
        Assert.Empty(cut.FindAll("[data-testid=heatmaps-no-personas]"));
        Assert.Equal(popularOnly.Weights, cut.FindComponent<PersonaItemHeatmaps>().Instance.Strategy.Weights);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _database.Dispose();
        base.Dispose(disposing);
    }
}
