using Bunit;
using ColdStart.Data;
using ColdStart.Data.Stores;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.World;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Compare;
using ColdStart.Workbench.Components.Pages.Compare;
using ColdStart.Workbench.Components.Shared;
using ColdStart.Workbench.Modeling;
using ColdStart.Workbench.Tests.Components;
using ColdStart.Workbench.Tests.Export;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ColdStart.Workbench.Tests.Compare;

/// <summary>Saved boards on Compare (save, reopen from the address), the board as PDF, and the keyboard shortcuts.</summary>
public sealed class SavedBoardTests : BunitTestBase, IClassFixture<TinyModelFixture>
{
    private const string Workspace = "sample";
    private readonly TinyModelFixture _model;
    private readonly TempDatabase _database = new();
    private readonly FakeLiveModel _live = new(Workspace);
    private readonly IReadOnlyList<Persona> _personas;

    public SavedBoardTests(TinyModelFixture model)
    {
        _model = model;
        _personas = [.. SamplePersonas.For(model.World.Dataset).OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)];
        Services.AddSingleton<ILiveModel>(_live);
        Services.AddSingleton(_database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>());
        Services.AddLogging();
        Services.AddCompare();
    }

    private BoardStore Boards => Services.GetRequiredService<BoardStore>();

    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    private async Task PrepareAsync()
    {
        var store = await _database.PrepareAsync();
        await store.SaveWorldAsync(Workspace, _model.World);
        _live.Current = _model.Snapshot;
    }

    private IRenderedComponent<ComparePage> RenderCompare(int columns = 3)
    {
        var cut = RenderInteractive<ComparePage>();
        cut.WaitForAssertion(() => Assert.Equal(columns, cut.FindComponents<CompareColumnView>().Count));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll($"[data-testid=column-{columns - 1}] [data-testid^=card-]")));
        return cut;
    }

    private static IReadOnlyList<(string, string)> ColumnsOf(IRenderedComponent<ComparePage> cut) =>
        [.. cut.FindComponents<CompareColumnView>().Select(c => (c.Instance.Column.PersonaName, c.Instance.Column.StrategyName))];

    [Fact]
    public async Task Save_board_stores_the_layout_in_one_click_and_puts_its_address_in_the_location()
    {
        await PrepareAsync();
        var cut = RenderCompare();
        var shown = ColumnsOf(cut);

        cut.Find("input[data-testid=board-name]").Input("Launch review");
        cut.Find("button[data-testid=save-board]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Saved board 'Launch review' (3 columns, top 20)", cut.Find("[data-testid=editor-message]").TextContent, StringComparison.Ordinal));
        var stored = Assert.Single(await Boards.ListAsync(Workspace));
        Assert.Equal(shown, stored.Board.Columns.Select(c => (c.Persona, c.Strategy)));
        Assert.Equal(20, stored.Board.TopN);
        Assert.EndsWith("/compare?board=Launch%20review", Navigation.Uri, StringComparison.Ordinal);
        Assert.Contains("board: Launch review", cut.Find("[data-testid=board-open]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_board_address_opens_the_saved_columns_top_n_and_card_mode()
    {
        await PrepareAsync();
        SavedBoard board = new("Parents", [new(_personas[3].Name, Strategy.SemanticOnly.Name), new(_personas[1].Name, Strategy.Balanced.Name),
            new(_personas[3].Name, Strategy.Balanced.Name), new(_personas[0].Name, Strategy.SemanticOnly.Name)], TopN: 10, Compact: true, Editing: Strategy.SemanticOnly.Name);
        await Boards.SaveAsync(Workspace, board);
        Navigation.NavigateTo(ComparePage.BoardUrl("Parents"));

        var cut = RenderCompare(columns: 4);

        Assert.Equal(board.Columns.Select(c => (c.Persona, c.Strategy)), ColumnsOf(cut));
        Assert.Equal(10, cut.FindAll("[data-testid=column-0] [data-testid^=card-]").Count);
        Assert.Equal(40, cut.FindAll(".result-card.compact").Count);
        Assert.Equal(Strategy.SemanticOnly.Name, cut.FindComponent<StrategyEditor>().Instance.Strategy.Name);
    }

    [Fact]
    public async Task Reopening_the_address_after_changing_columns_restores_the_saved_board_and_a_lost_persona_is_named()
    {
        await PrepareAsync();
        var cut = RenderCompare();
        var saved = ColumnsOf(cut);
        cut.Find("input[data-testid=board-name]").Input("Review");
        cut.Find("button[data-testid=save-board]").Click();
        cut.WaitForAssertion(() => Assert.Single(Boards.ListAsync(Workspace).Result));
        await cut.InvokeAsync(() => cut.Instance.OnShortcutAsync("KeyA")); // Alt+Shift+A: a fourth column
        Assert.Equal(4, cut.FindComponents<CompareColumnView>().Count);

        await DisposeComponentsAsync();
        var reopened = RenderCompare();
        Assert.Equal(saved, ColumnsOf(reopened));

        await DisposeComponentsAsync();
        await Boards.SaveAsync(Workspace, new SavedBoard("Gone", [new("Nobody", Strategy.SemanticOnly.Name), .. saved.Select(c => new BoardColumn(c.Item1, c.Item2))], 20));
        Navigation.NavigateTo(ComparePage.BoardUrl("Gone"));
        var partial = RenderCompare();
        Assert.Equal(saved, ColumnsOf(partial));
        Assert.Contains("1 column(s) left out because their persona or strategy no longer exists: Nobody × Semantic only", partial.Find("[data-testid=editor-message]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_board_is_reported_and_the_page_still_compares()
    {
        await PrepareAsync();
        Navigation.NavigateTo(ComparePage.BoardUrl("Nope"));

        var cut = RenderCompare();

        Assert.Contains("There is no board named 'Nope' in workspace 'sample'", cut.Find("[data-testid=editor-message]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compact_cards_shortcut_switches_the_card_mode_and_the_shortcuts_are_listed()
    {
        await PrepareAsync();
        var cut = RenderCompare();

        await cut.InvokeAsync(() => cut.Instance.OnShortcutAsync("KeyK"));

        cut.WaitForAssertion(() => Assert.Equal(60, cut.FindAll(".result-card.compact").Count));
        var listed = cut.Find("[data-testid=shortcuts]").TextContent;
        Assert.Contains("Alt+Shift+A add a column", listed, StringComparison.Ordinal);
        Assert.Contains("Alt+Shift+K compact cards on/off", listed, StringComparison.Ordinal);
        JSInterop.VerifyInvoke("workbenchShortcuts.attach");
    }

    [Fact]
    public async Task Export_pdf_downloads_every_column_and_every_card_over_as_many_pages_as_the_lists_need()
    {
        await PrepareAsync();
        var cut = RenderCompare();
        await cut.InvokeAsync(() => cut.FindComponents<MudBlazor.MudSelect<int>>()[0].Instance.ValueChanged.InvokeAsync(50));
        cut.WaitForAssertion(() => Assert.Equal(50, cut.FindAll("[data-testid=column-2] [data-testid^=card-]").Count));

        cut.Find("button[data-testid=export-pdf]").Click();

        cut.WaitForAssertion(() => JSInterop.VerifyInvoke(BrowserDownload.BytesFunction));
        var call = JSInterop.VerifyInvoke(BrowserDownload.BytesFunction);
        Assert.Matches(@"^compare-sample-\d{8}-\d{4}\.pdf$", (string)call.Arguments[0]!);
        Assert.Equal("application/pdf", call.Arguments[1]);
        var pdf = PdfFile.Read((byte[])call.Arguments[2]!);
        Assert.Equal((50 + ComparePdf.CardsPerPage - 1) / ComparePdf.CardsPerPage, pdf.Pages.Count);
        var columns = cut.FindComponents<CompareColumnView>();
        for (int c = 0; c < 3; c++)
        {
            var column = columns[c].Instance.Column;
            var ranked = _model.Snapshot.Rank(_personas.Single(p => p.Name == column.PersonaName), StrategyOf(column.StrategyName), 50).Items;
            Assert.All(ranked, r => Assert.Contains(r.Item.Id + " · ", pdf.Text, StringComparison.Ordinal));
            Assert.All(pdf.Pages, page => Assert.Contains($"{c + 1}. {columns[c].Instance.Column.PersonaName}", page));
        }
        Assert.Contains("Exported 150 cards of 3 columns", cut.Markup, StringComparison.Ordinal);
    }

    private static Strategy StrategyOf(string name) => Strategy.Presets.Single(s => s.Name == name);

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        _database.Dispose();
    }
}
