using Bunit;
using ColdStart.Workbench.Components.Layout;
using ColdStart.Workbench.Components.Pages;
using Microsoft.AspNetCore.Components;

namespace ColdStart.Workbench.Tests.Components;

public sealed class PageSmokeTests : BunitTestBase
{
    [Fact]
    public void About_says_what_the_tool_is()
    {
        var cut = RenderInteractive<About>();

        Assert.Contains("merchandisers", cut.Markup);
        Assert.Contains("new items", cut.Markup);
    }

    [Fact]
    public void The_layout_has_the_title_the_navigation_and_the_interactivity_marker()
    {
        var cut = RenderInteractive<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b => b.AddContent(0, "page body"))));

        Assert.Contains("ColdStart Workbench", cut.Find(".mud-appbar").TextContent);
        var links = cut.FindAll(".mud-nav-link").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["Home", "Datasets", "Personas", "Compare", "Boards", "Session", "Items", "Heatmaps", "Grid", "Suites", "Strategy lab", "Audit trail", "Users", "Scoring API", "About"], links);
        var api = cut.FindAll(".mud-nav-link").Single(a => a.TextContent.Trim() == "Scoring API");
        Assert.Equal("_blank", api.GetAttribute("target"));
        Assert.EndsWith("scalar", api.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal("true", cut.Find("[data-interactive]").GetAttribute("data-interactive"));
        Assert.Contains("page body", cut.Markup);
        Assert.Equal("test admin · admin", cut.Find("[data-testid=signed-in-user]").TextContent);
    }

    [Fact]
    public void A_viewer_is_not_offered_the_admin_pages_in_the_navigation()
    {
        Authorization.SetRoles(ColdStart.Data.Accounts.Roles.Viewer);

        var cut = RenderInteractive<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b => b.AddContent(0, "page body"))));

        var links = cut.FindAll(".mud-nav-link").Select(a => a.TextContent.Trim()).ToList();
        Assert.DoesNotContain("Datasets", links);
        Assert.DoesNotContain("Users", links);
        Assert.Contains("Audit trail", links);
        Assert.Equal("test admin · viewer", cut.Find("[data-testid=signed-in-user]").TextContent);
    }
}
