using Bunit;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Components.Layout;
using ColdStart.Workbench.Tests.Components;
using Microsoft.AspNetCore.Components;

namespace ColdStart.Workbench.Tests.Datasets;

public sealed class WorkspaceMenuTests : BunitTestBase
{
    private readonly DatasetsFixture _fixture = new();
    private readonly FakeLiveWorkspace _live = new("sample");

    public WorkspaceMenuTests() => _fixture.Register(Services, _live);

    [Fact]
    public async Task The_app_bar_names_the_active_workspace_and_its_menu_switches_to_another()
    {
        await _fixture.PrepareAsync();
        await _fixture.Store.SaveWorldAsync("shop", "csv", ShopCsv.Read("shop"));
        var cut = RenderInteractive<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b => b.AddContent(0, "page body"))));
        Assert.Equal("sample", MenuLabel(cut));

        cut.Find("button[data-testid=workspace-menu]").Click();
        cut.WaitForAssertion(() => Assert.Equal(["sample", "shop"], cut.FindAll("[data-testid=workspace-menu-item]").Select(e => e.TextContent.Trim())));
        cut.FindAll("[data-testid=workspace-menu-item]")[1].Click();

        cut.WaitForAssertion(() => Assert.Equal("shop", MenuLabel(cut)));
        Assert.Equal(["shop"], _live.Switches);
        Assert.Equal("shop", _fixture.Choice.Read());
    }

    [Fact]
    public async Task A_viewer_switches_their_own_workspace_but_is_not_offered_dataset_management()
    {
        Authorization.SetRoles(ColdStart.Data.Accounts.Roles.Viewer);
        await _fixture.PrepareAsync();
        await _fixture.Store.SaveWorldAsync("shop", "csv", ShopCsv.Read("shop"));
        var cut = RenderInteractive<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b => b.AddContent(0, "page body"))));

        cut.Find("button[data-testid=workspace-menu]").Click();
        cut.WaitForAssertion(() => Assert.Equal(["sample", "shop"], cut.FindAll("[data-testid=workspace-menu-item]").Select(e => e.TextContent.Trim())));
        Assert.DoesNotContain("Manage datasets", cut.Markup, StringComparison.Ordinal);
        cut.FindAll("[data-testid=workspace-menu-item]")[1].Click();

        cut.WaitForAssertion(() => Assert.Equal("shop", MenuLabel(cut)));
        Assert.Equal(["shop"], _live.Switches);
    }

    private static string MenuLabel(IRenderedComponent<MainLayout> cut) =>
        cut.Find("button[data-testid=workspace-menu]").TextContent.Trim();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _fixture.Dispose();
        base.Dispose(disposing);
    }
}
