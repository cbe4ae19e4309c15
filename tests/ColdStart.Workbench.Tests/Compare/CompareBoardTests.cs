using Bunit;
using ColdStart.Data;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.World;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Compare;
using ColdStart.Workbench.Components.Pages.Compare;
using ColdStart.Workbench.Components.Shared;
using ColdStart.Workbench.Modeling;
using ColdStart.Workbench.Tests.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ColdStart.Workbench.Tests.Compare;

/// <summary>The Compare board beyond ranking: each column's profile beside its results, the CSV export, compact cards.</summary>
public sealed class CompareBoardTests : BunitTestBase, IClassFixture<TinyModelFixture>
{
    private const string Workspace = "sample";
    private readonly TinyModelFixture _model;
    private readonly TempDatabase _database = new();
    private readonly FakeLiveModel _live = new(Workspace);
    private readonly IReadOnlyList<Persona> _personas;

    public CompareBoardTests(TinyModelFixture model)
    {
        _model = model;
        _personas = [.. SamplePersonas.For(model.World.Dataset).OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)];
        Services.AddSingleton<ILiveModel>(_live);
        Services.AddSingleton(_database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>());
        Services.AddLogging();
        Services.AddCompare();
    }

    private async Task<IRenderedComponent<ComparePage>> RenderBoardAsync()
    {
        var store = await _database.PrepareAsync();
        await store.SaveWorldAsync(Workspace, _model.World);
        _live.Current = _model.Snapshot;
        var cut = RenderInteractive<ComparePage>();
        cut.WaitForAssertion(() => Assert.Equal(20, cut.FindAll("[data-testid=column-2] [data-testid^=card-]").Count));
        return cut;
    }

    [Fact]
    public async Task Each_column_shows_its_personas_profile_collapsed_and_opens_it_with_the_personas_page_rendering()
    {
        var cut = await RenderBoardAsync();

        for (int c = 0; c < 3; c++)
        {
            var panel = cut.Find($"[data-testid=column-{c}] [data-testid=profile-panel]");
            Assert.Equal("false", panel.QuerySelector("[data-testid=profile-toggle]")!.GetAttribute("aria-expanded"));
            Assert.Null(panel.QuerySelector("[data-testid=profile-details]"));
            Assert.StartsWith($"{_model.Snapshot.Encoder.ModelName} on {_model.Snapshot.Encoder.ExecutionProvider} · encoded in",
                panel.QuerySelector("[data-testid=profile-runtime]")!.TextContent.Trim(), StringComparison.Ordinal);
        }

        cut.Find("[data-testid=column-1] [data-testid=profile-toggle]").Click();

        // The same component as the Personas page, on the profile column 1 ranked with: strips with their scale,
        // nearest departments and tags, and the inputs of column 1's persona.
        var profile = _model.Snapshot.Profiles.Build(_personas[1]);
        var open = cut.FindComponents<ProfilePanel>()[1];
        Assert.Equal(_personas[1].Name, open.Instance.Persona.Name);
        Assert.Equal(_model.Snapshot.Encoder.Dimension, open.FindAll("[data-testid=profile-semantic-strip] span").Count);
        Assert.Contains("dims", open.Find("[data-testid=profile-semantic-strip-scale]").TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(open.FindAll("[data-testid=profile-semantic-departments] tr"));
        Assert.NotEmpty(open.FindAll("[data-testid=profile-semantic-tags] tr"));
        Assert.Equal(profile.Sources.Select(s => s.Input), open.FindAll("[data-testid=profile-sources] tr").Select(r => r.Children[1].TextContent));
        Assert.Empty(cut.FindAll("[data-testid=column-0] [data-testid=profile-details]"));
    }

    [Fact]
    public async Task Export_csv_downloads_every_columns_cards_with_score_parts_that_add_up_to_the_score()
    {
        var cut = await RenderBoardAsync();

        cut.Find("[data-testid=export-csv]").Click();

        cut.WaitForAssertion(() => JSInterop.VerifyInvoke(BrowserDownload.Function));
        var call = JSInterop.VerifyInvoke(BrowserDownload.Function);
        Assert.Matches(@"^compare-sample-\d{8}-\d{4}\.csv$", (string)call.Arguments[0]!);
        Assert.Equal("text/csv", call.Arguments[1]);
        var lines = ((string)call.Arguments[2]!).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', CompareCsv.Header), lines[0]);
        Assert.Equal(1 + 3 * 20, lines.Length);
        var expected = _model.Snapshot.Rank(_personas[2], Strategy.Balanced, 20).Items;
        var column3 = lines.Skip(1 + 2 * 20).Select(ParseRow).ToList();
        Assert.Equal(expected.Select(i => i.Item.Id), column3.Select(r => r["sku"]));
        Assert.All(column3, r => Assert.Equal("3", r["column"]));
        Assert.All(column3, r => Assert.Equal(Strategy.Balanced.Name, r["strategy"]));
        for (int i = 0; i < expected.Count; i++)
        {
            var row = column3[i];
            Assert.Equal(expected[i].Rank.ToString(System.Globalization.CultureInfo.InvariantCulture), row["rank"]);
            Assert.Equal(expected[i].Explanation.Component(ScorePart.Collaborative), Parse(row[ScorePart.Collaborative]), 4);
            float parts = ScoreSegment.Components.Sum(n => Parse(row[n])) + Parse(row["Rules"]);
            Assert.Equal(Parse(row["score"]), parts, 3);
        }
        Assert.Contains("Exported 60 cards of 3 columns", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compact_cards_hide_tags_and_actions_until_focused_and_the_card_takes_keyboard_focus()
    {
        var cut = await RenderBoardAsync();
        Assert.Empty(cut.FindAll(".result-card.compact"));

        var toggle = cut.Find("[data-testid=compact]");
        (toggle.TagName == "INPUT" ? toggle : toggle.QuerySelector("input")!).Change(true);

        cut.WaitForAssertion(() => Assert.Equal(60, cut.FindAll(".result-card.compact").Count));
        var card = cut.Find("[data-testid=column-0] .result-card");
        Assert.Equal("0", card.GetAttribute("tabindex"));
        Assert.Contains("tags:", card.GetAttribute("title"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_strategy_the_address_names_that_does_not_exist_is_reported()
    {
        Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo("compare?strategy=Auto%20%C2%B7%20sample");

        var cut = await RenderBoardAsync();

        Assert.Contains("There is no strategy named 'Auto · sample' yet: run Tune Auto", cut.Find("[data-testid=editor-message]").TextContent, StringComparison.Ordinal);
        Assert.Equal(Strategy.Balanced.Name, cut.FindComponents<CompareColumnView>()[0].Instance.Column.StrategyName);
    }

    [Fact]
    public async Task Back_on_compare_after_a_tag_edit_elsewhere_the_edited_items_card_shows_its_parts_before_and_now()
    {
        var cut = await RenderBoardAsync();
        var card = cut.FindComponents<ResultCard>()[0].Instance.Card; // column 1, #1
        var before = card.Ranked;

        await DisposeComponentsAsync(); // the Items page: the item loses its tags and gets others
        _live.Current = _model.Snapshot.WithItem(before.Item with { Tags = ["gift", "summer"] });
        var back = RenderInteractive<ComparePage>();

        back.WaitForAssertion(() => Assert.Equal(20, back.FindAll("[data-testid=column-0] [data-testid^=card-]").Count));
        var after = back.FindComponents<ResultCard>().Select(c => c.Instance.Card).First(c => c.ItemId == before.Item.Id);
        Assert.NotEqual(before.Score, after.Ranked.Score);
        Assert.Equal(before.Score, after.Before!.Score);
        var shown = back.Find($"[data-testid=column-0] [data-testid=card-{before.Item.Id}]");
        var why = shown.QuerySelector("button[data-testid=explain]")!;
        Assert.Contains(after.HasMoved ? "Why did this move?" : "Why did the score change?", why.TextContent, StringComparison.Ordinal);
        why.Click();
        var row = back.Find($"[data-testid=column-0] [data-testid=card-{before.Item.Id}] [data-testid=explanation-moves] tr[data-part=score]");
        Assert.Equal(before.Score.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture), row.Children[1].TextContent);
    }

    private static float Parse(string value) => float.Parse(value, System.Globalization.CultureInfo.InvariantCulture);

    private static Dictionary<string, string> ParseRow(string line)
    {
        var fields = CompareCsvTests.Split(line);
        return CompareCsv.Header.Select((name, i) => (name, fields[i])).ToDictionary(p => p.name, p => p.Item2);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        _database.Dispose();
    }
}
