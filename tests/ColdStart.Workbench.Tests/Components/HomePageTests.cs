using Bunit;
using ColdStart.Data;
using ColdStart.Data.Seeding;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Components.Pages;
using Microsoft.Extensions.DependencyInjection;

namespace ColdStart.Workbench.Tests.Components;

public sealed class HomePageTests : BunitTestBase
{
    private readonly TempDatabase _database = new();
    private readonly SeedingStatus _status = new();

    public HomePageTests()
    {
        Services.AddSingleton(_status);
        Services.AddSingleton(_database.Store);
        Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new DataOptions { DefaultWorkspace = "tiny" }));
        Services.AddLogging();
    }

    [Fact]
    public void While_seeding_the_page_shows_the_preparing_state_with_progress()
    {
        _status.Report("Storing events: 120,000 of 300,000 rows", 40);

        var cut = RenderInteractive<Home>();

        Assert.Contains("Preparing sample data…", cut.Find("[data-testid=seeding-progress]").TextContent);
        Assert.Equal("Storing events: 120,000 of 300,000 rows", cut.Find("[data-testid=seeding-message]").TextContent);
        Assert.Equal("40", cut.Find("[role=progressbar]").GetAttribute("aria-valuenow"));
        Assert.Empty(cut.FindAll("[data-testid=statistics]"));
    }

    [Fact]
    public async Task The_progress_updates_live_and_statistics_appear_when_seeding_finishes()
    {
        await _database.Startup.PrepareAsync();
        _status.Report("Generating the sample world…", null);
        var cut = RenderInteractive<Home>();

        _status.Report("Storing events: 50 %", 50);
        cut.WaitForAssertion(() => Assert.Equal("Storing events: 50 %", cut.Find("[data-testid=seeding-message]").TextContent));

        await _database.Store.SaveWorldAsync("tiny", WorkspaceKinds.Csv, TinyWorld.Create());
        _status.MarkReady("ready");

        cut.WaitForAssertion(() => Assert.Equal("5", StatValue(cut, "stat-items")));
        Assert.Empty(cut.FindAll("[data-testid=seeding-progress]"));
    }

    [Fact]
    public async Task Statistics_read_from_sqlite_are_shown()
    {
        var store = await _database.PrepareAsync();
        await store.SaveWorldAsync("tiny", WorkspaceKinds.Csv, TinyWorld.Create());
        _status.MarkReady("ready");

        var cut = RenderInteractive<Home>();

        cut.WaitForAssertion(() => Assert.Equal("5", StatValue(cut, "stat-items")));
        Assert.Equal("3", StatValue(cut, "stat-users"));
        Assert.Equal("10", StatValue(cut, "stat-events"));
        Assert.Equal("0", StatValue(cut, "stat-personas"));
        Assert.Equal("20.0 %", StatValue(cut, "stat-new-items"));
        Assert.Equal("1 Jan 2026 – 8 Jan 2026", StatValue(cut, "stat-date-range"));
        Assert.Equal(
            ["Views 5 50.0 %", "Add to cart 1 10.0 %", "Purchases 2 20.0 %", "Searches 2 20.0 %"],
            Rows(cut, "events-by-type"));
        Assert.Equal(["Outdoor 5 50.0 %", "Kitchen 2 20.0 %", "Fashion 1 10.0 %"], Rows(cut, "top-departments"));
    }

    [Fact]
    public void A_failed_preparation_shows_its_message()
    {
        _status.MarkFailed("The database '/tmp/x.db' is not a SQLite database.");

        var cut = RenderInteractive<Home>();

        Assert.Contains("'/tmp/x.db' is not a SQLite database", cut.Find("[data-testid=seeding-failed]").TextContent);
    }

    [Fact]
    public async Task A_missing_workspace_is_explained()
    {
        await _database.Startup.PrepareAsync();
        _status.MarkReady("ready");

        var cut = RenderInteractive<Home>();

        cut.WaitForAssertion(() => Assert.Contains("no workspace named 'tiny'", cut.Find("[data-testid=statistics-error]").TextContent));
    }

    private static string StatValue(IRenderedComponent<Home> cut, string testId) =>
        cut.Find($"[data-testid={testId}] .stat-value").TextContent.Trim();

    private static List<string> Rows(IRenderedComponent<Home> cut, string testId) =>
        [.. cut.FindAll($"[data-testid={testId}] tbody tr").Select(r => string.Join(" ", r.QuerySelectorAll("td").Select(td => td.TextContent.Trim())))];

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        _database.Dispose();
    }
}
