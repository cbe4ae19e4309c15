using AngleSharp.Dom;
using Bunit;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Components.Pages.Datasets;
using ColdStart.Workbench.Datasets;
using ColdStart.Workbench.Tests.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace ColdStart.Workbench.Tests.Datasets;

public sealed class DatasetsPageTests : BunitTestBase
{
    private readonly DatasetsFixture _fixture = new();
    private readonly FakeLiveWorkspace _live = new("sample");

    public DatasetsPageTests() => _fixture.Register(Services, _live);

    [Fact]
    public async Task Lists_the_workspaces_with_their_statistics_and_marks_the_active_one()
    {
        await _fixture.PrepareAsync();
        await _fixture.Store.SaveWorldAsync("shop", "csv", ShopCsv.Read("shop"));

        var cut = RenderInteractive<DatasetsPage>();

        Assert.Equal(["sample", "shop"], cut.FindAll("[data-testid=workspace-name]").Select(e => e.TextContent));
        var shop = Row(cut, "shop");
        Assert.Equal(["imported (Generic CSV)", "4", "1", "2", "6"],
            new[] { "kind", "items", "new-items", "users", "events" }.Select(c => shop.QuerySelector($"[data-testid=workspace-{c}]")!.TextContent));
        Assert.NotNull(Row(cut, "sample").QuerySelector("[data-testid=workspace-active]"));
        Assert.Null(shop.QuerySelector("[data-testid=workspace-active]"));
        Assert.Equal("sample", Row(cut, "sample").QuerySelector("[data-testid=workspace-kind]")!.TextContent);
        Assert.Null(Row(cut, "sample").QuerySelector("[data-testid=workspace-delete]"));
    }

    [Fact]
    public async Task Uploading_a_valid_generic_csv_adds_the_workspace_and_offers_to_switch_to_it()
    {
        await _fixture.PrepareAsync();
        var cut = RenderInteractive<DatasetsPage>();

        UploadShop(cut, ShopCsv.Events);
        NameField(cut).Input("shop");
        cut.Find("button[data-testid=import-start]").Click();

        cut.WaitForAssertion(() => Assert.Equal(["sample", "shop"], cut.FindAll("[data-testid=workspace-name]").Select(e => e.TextContent)), TimeSpan.FromSeconds(5));
        Assert.Equal("6", Row(cut, "shop").QuerySelector("[data-testid=workspace-events]")!.TextContent);
        Assert.Contains("Imported 'shop': 4 items, 2 users, 6 events.", cut.Find("[data-testid=import-succeeded]").TextContent, StringComparison.Ordinal);
        Assert.Empty(_fixture.LeftoverUploads());

        cut.Find("button[data-testid=imported-switch]").Click();

        cut.WaitForAssertion(() => Assert.NotNull(Row(cut, "shop").QuerySelector("[data-testid=workspace-active]")));
        Assert.Equal(["shop"], _live.Switches);
    }

    [Fact]
    public async Task A_malformed_file_lists_its_errors_by_file_and_line_and_adds_no_workspace()
    {
        await _fixture.PrepareAsync();
        var cut = RenderInteractive<DatasetsPage>();

        UploadShop(cut, ShopCsv.BadEvents);
        NameField(cut).Input("shop");
        cut.Find("button[data-testid=import-start]").Click();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=import-error]").Count), TimeSpan.FromSeconds(5));
        Assert.Equal(
            ["events.csv:3: unknown item_id 'D-9' (not in items.csv)",
             "events.csv:5: timestamp 'yesterday' is neither Unix seconds nor an ISO 8601 date/time"],
            cut.FindAll("[data-testid=import-error]").Select(e => e.TextContent.Trim()));
        Assert.Contains("Nothing was imported", cut.Find("[data-testid=import-failed]").TextContent, StringComparison.Ordinal);
        Assert.Equal(["sample"], cut.FindAll("[data-testid=workspace-name]").Select(e => e.TextContent));
        Assert.Equal(["sample"], (await _fixture.Workspaces.ListAsync()).Select(w => w.Name));
        Assert.Empty(_fixture.LeftoverUploads());
    }

    [Fact]
    public async Task A_duplicate_name_gets_a_clear_message()
    {
        await _fixture.PrepareAsync();
        var cut = RenderInteractive<DatasetsPage>();

        UploadShop(cut, ShopCsv.Events);
        NameField(cut).Input("sample");
        cut.Find("button[data-testid=import-start]").Click();

        cut.WaitForAssertion(() => Assert.Equal(
            "A workspace named 'sample' already exists, and an existing workspace is never overwritten. Choose another name.",
            cut.Find("[data-testid=import-failed]").TextContent.Trim()));
        Assert.Equal(5, (await _fixture.Workspaces.ListAsync()).Single().Items);
    }

    [Fact]
    public async Task Switching_calls_into_the_live_model_shows_progress_and_saves_the_choice_once_live()
    {
        await _fixture.PrepareAsync();
        await _fixture.Store.SaveWorldAsync("shop", "csv", ShopCsv.Read("shop"));
        _live.Hold = new TaskCompletionSource();
        var cut = RenderInteractive<DatasetsPage>();

        Row(cut, "shop").QuerySelector("button[data-testid=workspace-switch]")!.Click();

        cut.WaitForAssertion(() => Assert.NotNull(Row(cut, "shop").QuerySelector("[data-testid=workspace-pending]")));
        Assert.Equal(["shop"], _live.Switches);
        Assert.NotNull(Row(cut, "sample").QuerySelector("[data-testid=workspace-active]"));
        Assert.False(File.Exists(_fixture.Choice.Path));

        _live.Hold.SetResult();

        cut.WaitForAssertion(() => Assert.NotNull(Row(cut, "shop").QuerySelector("[data-testid=workspace-active]")));
        Assert.Null(Row(cut, "shop").QuerySelector("[data-testid=workspace-pending]"));
        Assert.Equal("shop", _fixture.Choice.Read());
    }

    [Fact]
    public async Task Delete_asks_for_confirmation_and_is_refused_for_the_active_workspace()
    {
        await _fixture.PrepareAsync();
        await _fixture.Store.SaveWorldAsync("shop", "csv", ShopCsv.Read("shop"));
        await _fixture.Store.SaveWorldAsync("shop-2", "csv", ShopCsv.Read("shop-2"));
        await Services.GetRequiredService<ActiveWorkspace>().SwitchToAsync("shop");
        var cut = RenderInteractive<DatasetsPage>();
        var dialogs = Render<MudDialogProvider>();

        Assert.True(Row(cut, "shop").QuerySelector("button[data-testid=workspace-delete]")!.HasAttribute("disabled"));
        Row(cut, "shop-2").QuerySelector("button[data-testid=workspace-delete]")!.Click();
        dialogs.WaitForAssertion(() => Assert.Contains("Delete 'shop-2' with its 4 items, 2 users, 6 events and its personas?", dialogs.Markup, StringComparison.Ordinal));
        DialogButton(dialogs, "Cancel").Click();
        Assert.Equal(3, (await _fixture.Workspaces.ListAsync()).Count);

        Row(cut, "shop-2").QuerySelector("button[data-testid=workspace-delete]")!.Click();
        dialogs.WaitForAssertion(() => DialogButton(dialogs, "Delete").Click());

        cut.WaitForAssertion(() => Assert.Equal(["sample", "shop"], cut.FindAll("[data-testid=workspace-name]").Select(e => e.TextContent)));
        Assert.Equal(["sample", "shop"], (await _fixture.Workspaces.ListAsync()).Select(w => w.Name));
        await Assert.ThrowsAsync<InvalidOperationException>(() => Services.GetRequiredService<ActiveWorkspace>().DeleteAsync("shop"));
    }

    [Fact]
    public async Task Choosing_an_encoder_for_another_workspace_stores_it_and_rebuilds_nothing()
    {
        await _fixture.PrepareAsync();
        await _fixture.Store.SaveWorldAsync("shop", "csv", ShopCsv.Read("shop"));
        var cut = RenderInteractive<DatasetsPage>();
        Assert.Equal("default (project)", Row(cut, "shop").QuerySelector("[data-testid=workspace-encoder]")!.TextContent);

        await cut.InvokeAsync(() => EncoderSelect(cut, "shop").Instance.ValueChanged.InvokeAsync("minilm"));

        cut.WaitForAssertion(() => Assert.Equal("minilm", Row(cut, "shop").QuerySelector("[data-testid=workspace-encoder]")!.TextContent));
        Assert.Equal("minilm", await _fixture.Workspaces.GetEncoderAsync("shop"));
        Assert.Null(await _fixture.Workspaces.GetEncoderAsync("sample"));
        Assert.Empty(_live.Switches);
    }

    [Fact]
    public async Task Choosing_an_encoder_for_the_active_workspace_stores_it_and_rebuilds_the_live_model_in_the_background()
    {
        await _fixture.PrepareAsync();
        await _fixture.Workspaces.SetEncoderAsync("sample", "minilm", ["project", "minilm", "arctic-xs"]);
        _live.Hold = new TaskCompletionSource();
        var cut = RenderInteractive<DatasetsPage>();
        Assert.Equal("minilm", Row(cut, "sample").QuerySelector("[data-testid=workspace-encoder]")!.TextContent);

        var choosing = cut.InvokeAsync(() => EncoderSelect(cut, "sample").Instance.ValueChanged.InvokeAsync(""));

        cut.WaitForAssertion(() => Assert.Equal("rebuilding…", Row(cut, "sample").QuerySelector("[data-testid=workspace-pending]")!.TextContent));
        Assert.Equal(["sample"], _live.Switches);
        Assert.Null(await _fixture.Workspaces.GetEncoderAsync("sample"));
        Assert.Equal("default (project)", Row(cut, "sample").QuerySelector("[data-testid=workspace-encoder]")!.TextContent);

        _live.Hold.SetResult();
        await choosing;

        cut.WaitForAssertion(() => Assert.Null(Row(cut, "sample").QuerySelector("[data-testid=workspace-pending]")));
        Assert.NotNull(Row(cut, "sample").QuerySelector("[data-testid=workspace-active]"));
    }

    [Fact]
    public async Task An_unknown_encoder_name_is_refused_naming_it_and_nothing_is_stored()
    {
        await _fixture.PrepareAsync();
        var active = _fixture.ActiveOver(_live);

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => active.ChooseEncoderAsync("sample", "gpt-5"));

        Assert.Contains("Unknown encoder 'gpt-5'", refused.Message, StringComparison.Ordinal);
        Assert.Null(await _fixture.Workspaces.GetEncoderAsync("sample"));
        Assert.Empty(_live.Switches);
    }

    private static IRenderedComponent<MudSelect<string>> EncoderSelect(IRenderedComponent<DatasetsPage> cut, string workspace) =>
        cut.FindComponents<MudSelect<string>>().Single(s =>
            s.Instance.UserAttributes.TryGetValue("aria-label", out var label) && Equals(label, $"Text encoder of {workspace}"));

    private static void UploadShop(IRenderedComponent<DatasetsPage> cut, string events)
    {
        var inputs = cut.FindComponents<InputFile>();
        Assert.Equal(3, inputs.Count);
        inputs[0].UploadFiles(InputFileContent.CreateFromText(ShopCsv.Items, "items.csv"));
        inputs[1].UploadFiles(InputFileContent.CreateFromText(ShopCsv.Users, "users.csv"));
        inputs[2].UploadFiles(InputFileContent.CreateFromText(events, "my-events.csv"));
        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=import-chosen]").Count));
        Assert.StartsWith("my-events.csv · ", cut.FindAll("[data-testid=import-chosen]")[2].TextContent, StringComparison.Ordinal);
    }

    private static IElement NameField(IRenderedComponent<DatasetsPage> cut) =>
        cut.Find("[data-testid=import-name] input, input[data-testid=import-name]");

    private static IElement Row(IRenderedComponent<DatasetsPage> cut, string workspace) =>
        cut.Find($"tr[data-workspace='{workspace}']");

    private static IElement DialogButton(IRenderedComponent<MudDialogProvider> dialogs, string text) =>
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == text);

    protected override void Dispose(bool disposing)
    {
        if (disposing) _fixture.Dispose();
        base.Dispose(disposing);
    }
}
