using Bunit;
using ColdStart.Data;
using ColdStart.Data.Stores;
using ColdStart.Engine.Suites;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Compare;
using ColdStart.Workbench.Components.Pages.Suites;
using ColdStart.Workbench.Modeling;
using ColdStart.Workbench.Personas;
using ColdStart.Workbench.Suites;
using ColdStart.Workbench.Tests.Compare;
using ColdStart.Workbench.Tests.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ColdStart.Workbench.Tests.Suites;

public sealed class SuitesPageTests : BunitTestBase, IClassFixture<TinyModelFixture>
{
    private const string Workspace = "sample";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly TinyModelFixture _model;
    private readonly TempDatabase _database = new();
    private readonly FakeLiveModel _live;

    public SuitesPageTests(TinyModelFixture model)
    {
        _model = model;
        _live = new FakeLiveModel(Workspace) { Current = model.Snapshot };
        Services.AddSingleton<ILiveModel>(_live);
        Services.AddSingleton(_database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>());
        Services.AddLogging();
        Services.AddCompare();
        Services.AddSuites();
    }

    private SuiteStore Suites => Services.GetRequiredService<SuiteStore>();

    [Fact]
    public async Task Run_now_stores_a_run_and_shows_every_expectation_with_the_lists_it_saw()
    {
        var persona = await PrepareAsync();
        var top = _model.Snapshot.Rank((await Services.GetRequiredService<PersonaSource>().ForWorkspaceAsync(Workspace))[0], Engine.Scoring.Strategy.Balanced, 5).Items;
        await Suites.AddAsync(Workspace, new Suite("Checks", "Balanced", [new ItemInTop(persona, 5, top[0].Item.Id), new ItemInTop(persona, 5, "NO-SUCH-SKU")]));

        var cut = RenderInteractive<SuitesPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=suite-expectation]").Count), Patience);
        cut.Find("button[data-testid=suite-run]").Click();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=run-result]").Count), Patience);
        var results = cut.FindAll("[data-testid=run-result]").Select(r => r.TextContent).ToList();
        Assert.Contains("holds", results[0], StringComparison.Ordinal);
        Assert.Contains($"{top[0].Item.Id} is at #1.", results[0], StringComparison.Ordinal);
        Assert.Contains("fails", results[1], StringComparison.Ordinal);
        Assert.Contains(top[4].Item.Id, cut.Find("[data-testid=run-list]").TextContent, StringComparison.Ordinal);
        Assert.Single(cut.FindAll("[data-testid=suite-run-row]"));
        Assert.StartsWith("data:text/markdown", cut.Find("[data-testid=run-markdown]").GetAttribute("href"), StringComparison.Ordinal);
        var stored = Assert.Single(await Suites.ListRunsAsync((await Suites.ListAsync(Workspace))[0].Id));
        Assert.Equal((SuiteTriggers.Manual, 1, 1), (stored.Trigger, stored.Held, stored.Failed));
    }

    [Fact]
    public async Task A_run_exports_as_a_pdf_with_every_expectation_and_the_lists_it_saw()
    {
        var persona = await PrepareAsync();
        var top = _model.Snapshot.Rank((await Services.GetRequiredService<PersonaSource>().ForWorkspaceAsync(Workspace))[0], Engine.Scoring.Strategy.Balanced, 5).Items;
        await Suites.AddAsync(Workspace, new Suite("Checks", "Balanced", [new ItemInTop(persona, 5, top[0].Item.Id), new ItemInTop(persona, 5, "NO-SUCH-SKU")]));
        var cut = RenderInteractive<SuitesPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=suite-expectation]").Count), Patience);
        cut.Find("button[data-testid=suite-run]").Click();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=run-result]").Count), Patience);

        cut.Find("button[data-testid=run-pdf]").Click();

        cut.WaitForAssertion(() => JSInterop.VerifyInvoke(Workbench.Components.Shared.BrowserDownload.BytesFunction), Patience);
        var call = JSInterop.VerifyInvoke(Workbench.Components.Shared.BrowserDownload.BytesFunction);
        Assert.Matches(@"^suite-run-\d+\.pdf$", (string)call.Arguments[0]!);
        Assert.Equal("application/pdf", call.Arguments[1]);
        var pdf = Export.PdfFile.Read((byte[])call.Arguments[2]!);
        Assert.Contains("1 of 2 expectations fail.", pdf.Text, StringComparison.Ordinal);
        Assert.Contains($"{top[0].Item.Id} must be in the top 5 for {persona}.", pdf.Text, StringComparison.Ordinal);
        Assert.All(top, item => Assert.Contains(item.Item.Id, pdf.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_expectation_written_in_the_form_is_saved_as_a_suite()
    {
        var persona = await PrepareAsync();
        var cut = RenderInteractive<SuitesPage>();
        cut.WaitForAssertion(() => cut.Find("[data-testid=suites-empty]"), Patience);

        cut.Find("input[data-testid=suite-name]").Change("Parents see tents");
        cut.Find("input[data-testid=draft-item]").Change("SKU-00001");
        cut.Find("button[data-testid=draft-add]").Click();
        cut.Find("button[data-testid=suite-save]").Click();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=suite-item]")), Patience);
        var suite = Assert.Single(await Suites.ListAsync(Workspace)).Suite;
        Assert.Equal(("Parents see tents", "Balanced"), (suite.Name, suite.Strategy));
        Assert.Equal(new ItemInTop(persona, 10, "SKU-00001"), Assert.Single(suite.Expectations));
        Assert.Contains($"SKU-00001 must be in the top 10 for {persona}.", cut.Find("[data-testid=suite-expectation]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_tag_edit_the_diff_of_two_runs_names_the_flipped_expectation_and_the_item()
    {
        var persona = await PrepareAsync();
        var people = await Services.GetRequiredService<PersonaSource>().ForWorkspaceAsync(Workspace);
        var item = _model.Snapshot.Rank(people[0], Engine.Scoring.Strategy.Balanced, 3).Items[2].Item;
        var stored = await Suites.AddAsync(Workspace, new Suite("Star", "Balanced", [new TagInTop(persona, 10, "suite-star")]));
        var runs = Services.GetRequiredService<SuiteRuns>();
        await runs.RunAsync(_live, null, SuiteTriggers.Manual, "before");
        _live.TryUpdateItem(item with { Tags = [.. item.Tags, "suite-star"] });
        await runs.RunAsync(_live, null, SuiteTriggers.Tags, $"Tags of {item.Id} edited (+suite-star)");

        var cut = RenderInteractive<SuitesPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=suite-run-row]").Count), Patience);
        cut.Find("button[data-testid=diff-button]").Click();

        cut.WaitForAssertion(() => cut.Find("[data-testid=suite-diff]"), Patience);
        var flipped = Assert.Single(cut.FindAll("[data-testid=diff-flipped]")).TextContent;
        Assert.Contains("fails → holds", flipped, StringComparison.Ordinal);
        Assert.Contains($"{item.Id} at #", flipped, StringComparison.Ordinal);
        Assert.Contains($"Tags of {item.Id} edited", cut.Find("[data-testid=suite-diff]").TextContent, StringComparison.Ordinal);
        Assert.Equal(2, (await Suites.ListRunsAsync(stored.Id)).Count);
    }

    /// <summary>Stores the fixture's world (its personas and the preset strategies) and returns the first persona's name.</summary>
    private async Task<string> PrepareAsync()
    {
        var store = await _database.PrepareAsync();
        await store.SaveWorldAsync(Workspace, _model.World);
        return (await Services.GetRequiredService<PersonaSource>().ForWorkspaceAsync(Workspace))[0].Name;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _database.Dispose();
        base.Dispose(disposing);
    }
}
