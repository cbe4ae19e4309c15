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
        Assert.Equal(["Home", "Datasets", "Personas", "Compare", "Boards", "Session", "Items", "Heatmaps", "Grid", "Suites", "Strategy lab", "Audit trail", "Scoring API", "About"], links);
        var api = cut.FindAll(".mud-nav-link").Single(a => a.TextContent.Trim() == "Scoring API");
        Assert.Equal("_blank", api.GetAttribute("target"));
        Assert.EndsWith("scalar", api.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal("true", cut.Find("[data-interactive]").GetAttribute("data-interactive"));
        Assert.Contains("page body", cut.Markup);
    }
}
