using Bunit;
using ColdStart.Data;
using ColdStart.Data.Stores;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Compare;
using ColdStart.Workbench.Components.Pages.Boards;
using ColdStart.Workbench.Modeling;
using ColdStart.Workbench.Tests.Compare;
using ColdStart.Workbench.Tests.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ColdStart.Workbench.Tests.Boards;

public sealed class BoardsPageTests : BunitTestBase
{
    private const string Workspace = "tiny";
    private readonly TempDatabase _database = new();

    public BoardsPageTests()
    {
        Services.AddSingleton<ILiveModel>(new FakeLiveModel(Workspace));
        Services.AddSingleton(_database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>());
        Services.AddLogging();
        Services.AddCompare();
    }

    private BoardStore Boards => Services.GetRequiredService<BoardStore>();

    private async Task SaveTwoBoardsAsync()
    {
        var store = await _database.PrepareAsync();
        await store.SaveWorldAsync(Workspace, WorkspaceKinds.Csv, TinyWorld.Create());
        await Boards.SaveAsync(Workspace, new SavedBoard("Weekly", [new("Camper", "Balanced"), new("Runner", "Semantic only")], 20));
        await Boards.SaveAsync(Workspace, new SavedBoard("Launch", [new("Camper", "Balanced"), new("Camper", "Collaborative only")], 10, Compact: true));
    }

    [Fact]
    public async Task Boards_are_listed_by_name_with_their_columns_and_open_on_compare()
    {
        await SaveTwoBoardsAsync();

        var cut = RenderInteractive<BoardsPage>();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=board-row]").Count));
        var rows = cut.FindAll("[data-testid=board-row]");
        Assert.Equal(["Launch", "Weekly"], rows.Select(r => r.GetAttribute("data-board")));
        Assert.Equal("Camper × Balanced | Runner × Semantic only", rows[1].QuerySelector("[data-testid=board-columns]")!.TextContent);
        Assert.EndsWith("compare?board=Weekly", rows[1].QuerySelector("a[data-testid=board-open-link]")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rename_takes_a_new_name_refuses_a_taken_one_and_delete_asks_first()
    {
        await SaveTwoBoardsAsync();
        var cut = RenderInteractive<BoardsPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=board-row]").Count));

        cut.FindAll("button[data-testid=board-rename]")[1].Click();
        cut.Find("input[data-testid=board-new-name]").Input("launch");
        cut.Find("button[data-testid=board-rename-save]").Click();
        cut.WaitForAssertion(() => Assert.Contains("A board named 'launch' already exists", cut.Find("[data-testid=boards-message]").TextContent, StringComparison.Ordinal));

        cut.Find("input[data-testid=board-new-name]").Input("Weekly review");
        cut.Find("input[data-testid=board-new-name]").KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Enter" });
        cut.WaitForAssertion(() => Assert.Equal(["Launch", "Weekly review"], cut.FindAll("[data-testid=board-row]").Select(r => r.GetAttribute("data-board"))));

        cut.FindAll("button[data-testid=board-delete]")[0].Click();
        Assert.Equal(2, (await Boards.ListAsync(Workspace)).Count);
        cut.Find("button[data-testid=board-delete-confirm]").Click();
        cut.WaitForAssertion(() => Assert.Equal(["Weekly review"], cut.FindAll("[data-testid=board-row]").Select(r => r.GetAttribute("data-board"))));
        Assert.Equal("Weekly review", Assert.Single(await Boards.ListAsync(Workspace)).Board.Name);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        _database.Dispose();
    }
}
