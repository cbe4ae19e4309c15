using System.Text.RegularExpressions;
using ColdStart.Data;
using ColdStart.Data.Stores;
using ColdStart.Engine.Domain;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static ColdStart.EndToEnd.Tests.MudControls;

namespace ColdStart.EndToEnd.Tests;

/// <summary>
/// The issue's journey in Chromium on the default sample world: create a persona through the form → compare it →
/// a slider move changes the order → boost a tag in the strategy and give that tag to an item of the results on the
/// Items page → back on Compare the item has moved up → the heatmaps render, hover included → in the Strategy lab the
/// Auto checkbox ticks and "Tune Auto" stores "Auto · sample" → on Compare the editor shows its schedule table above
/// the six weight sliders. No console errors. Screenshots of every step go to screenshots/journey-*.png; the heatmaps,
/// the lab with the Tune Auto panel and Compare with the schedule also at 1600 and 1024 px (…-1600.png, …-1024.png).
/// A second journey works the Compare cards and editor: Bury on a card buries that item (not its tag), Save as works on
/// the first click without the page jumping, and unsaved edits survive a visit to another page (screenshots
/// compare-*.png, the columns with a long persona name at 1600 and 1024 px).
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class MerchandiserJourneyTests(ChromiumWorkbench app, ITestOutputHelper output)
{
    private const string Persona = "Weekend trail runner";
    private const int Patience = 30_000;

    /// <summary>Tuning Auto on the 5,000-item world trains models on a loaded 2-core machine: minutes, not seconds.</summary>
    private const int TuningPatience = 600_000;

    [ChromiumFact]
    public async Task A_new_persona_is_compared_re_ranked_by_a_slider_and_a_tag_edit_and_shown_in_the_heatmaps()
    {
        var (page, errors) = await app.NewPageAsync();

        await CreatePersonaAsync(page);
        await page.Locator("[data-testid=persona-compare]").ClickAsync();
        var before = await ComparedAsync(page);
        await app.ShotAsync(page, "journey-3-compare");

        await page.Locator("input[data-testid=weight-collaborative]").FillAsync("0");
        await page.Locator("input[data-testid=weight-semantic]").FillAsync("1");
        var moved = await WaitForOrderChangeAsync(page, before);
        Assert.NotEqual(before, moved);
        await app.ShotAsync(page, "journey-4-slider-moved");

        var (tag, item, rankBefore) = await BoostATagAsync(page);
        output.WriteLine($"boosting '{tag}'; {item} is #{rankBefore} without the tag");
        await TagItemAsync(page, item, tag);

        await page.GotoAsync($"{app.Address}/compare?persona={Uri.EscapeDataString(Persona)}");
        await ComparedAsync(page);
        int rankAfter = await RankOfAsync(page, item);
        await page.Locator($"[data-testid=column-0] [data-testid='card-{item}']").ScrollIntoViewIfNeededAsync();
        await app.ShotAsync(page, "journey-7-compare-after-tag-edit");
        output.WriteLine($"{item} moved from #{rankBefore} to #{rankAfter} after tagging it '{tag}'");
        Assert.True(rankAfter < rankBefore, $"{item} should rank above #{rankBefore} once tagged '{tag}', but is #{rankAfter}");

        await HeatmapsRenderAsync(page);
        await TuneAutoAsync(page);
        await CompareAutoScheduleAsync(page);
        Assert.Empty(errors);
    }

    [ChromiumFact]
    public async Task Bury_moves_the_item_itself_save_as_takes_one_click_and_a_draft_survives_leaving_compare()
    {
        const string longName = "Weekend trail runner who buys camping gear, kitchen gadgets and family gifts";
        var store = app.Services.GetRequiredService<PersonaStore>();
        if (!(await store.ListAsync(WorkspaceKinds.DefaultWorkspace)).Any(p => p.Persona.Name == longName))
            await store.CreateAsync(WorkspaceKinds.DefaultWorkspace, new Persona(longName, new Dictionary<string, string>(), "trail running, camping, cooking", [], ["running shoes"]));
        var (page, errors) = await app.NewPageAsync();
        page.Dialog += (_, dialog) => _ = dialog.AcceptAsync(); // "leave the page?" when a draft is unsaved
        await page.GotoAsync($"{app.Address}/compare?persona={Uri.EscapeDataString(longName)}");
        await WaitInteractiveAsync(page);
        await page.WaitForSelectorAsync("[data-testid=column-0] [data-testid^=card-]", new() { Timeout = Patience });
        await Assertions.Expect(page.Locator("[data-testid=persona-choice-0]")).ToHaveAttributeAsync("title", longName);
        await app.ShotAtWidthsAsync(page, "compare-long-persona-name");
        await AssertHeaderFitsAsync(page);

        // Bury card #2: that item moves down; the other items of its first tag stay.
        var before = await CardIdsAsync(page);
        string item = before[1];
        var tags = await TagsOfAsync(page, item);
        var sameTag = tags.Count == 0 ? [] : await CarriersAsync(page, before, tags[0]);
        await page.Locator($"[data-testid=column-0] [data-testid='card-{item}'] button[data-testid=bury]").ClickAsync();
        var after = await WaitForOrderChangeAsync(page, before);
        int rank = Array.IndexOf(after, item) + 1;
        output.WriteLine($"buried {item}: #2 → {(rank == 0 ? "out of the list" : $"#{rank}")}; {sameTag.Count} results carried its first tag");
        Assert.True(rank is 0 or > 2, $"{item} should have moved down from #2, but is #{rank}");
        await Assertions.Expect(page.Locator("[data-testid=rule]").Last).ToContainTextAsync($"Bury item {item}");
        Assert.DoesNotContain(await page.Locator("[data-testid=rule]").AllTextContentsAsync(), r => r.StartsWith("Bury tag", StringComparison.Ordinal));
        if (sameTag.Count > 1)
            Assert.True((await CarriersAsync(page, after, tags[0])).Count >= sameTag.Count - 1, "the other items of the tag should stay in the list");
        await app.ShotAsync(page, "compare-1-item-buried");

        // Save as: type a name and click once; the page does not jump.
        var name = Field(page, "new-name");
        await name.ScrollIntoViewIfNeededAsync();
        await name.FillAsync("Journey copy");
        double scrollBefore = await page.EvaluateAsync<double>("() => window.scrollY");
        await page.Locator("button[data-testid=save-as]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=editor-message]")).ToContainTextAsync("Saved a copy as 'Journey copy'");
        double scrollAfter = await page.EvaluateAsync<double>("() => window.scrollY");
        output.WriteLine($"save as: scrollY {scrollBefore} → {scrollAfter}");
        Assert.True(Math.Abs(scrollAfter - scrollBefore) < 50, $"the page jumped from {scrollBefore} to {scrollAfter} px");
        await app.ShotAsync(page, "compare-2-saved-as");

        // A slider move on the copy is a draft: it survives a visit to the Personas page.
        // The browser tests share one app, so the copy may already carry a semantic weight of 1 from another test: move
        // the slider to a value it does not have.
        var semantic = page.Locator("input[data-testid=weight-semantic]");
        double current = double.Parse(await semantic.InputValueAsync(), System.Globalization.CultureInfo.InvariantCulture);
        string target = Math.Abs(current - 1) < 1e-6 ? "0.5" : "1";
        await semantic.FillAsync(target);
        await Assertions.Expect(page.Locator("[data-testid=unsaved]")).ToBeVisibleAsync();
        var edited = await CardIdsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Personas" }).ClickAsync();
        await page.Locator("[data-testid=persona-new]").WaitForAsync(new() { Timeout = Patience });
        await page.GetByRole(AriaRole.Link, new() { Name = "Compare" }).ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=column-0] [data-testid^=card-]", new() { Timeout = Patience });
        await Assertions.Expect(page.Locator("[data-testid=unsaved]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=strategy-editor]")).ToContainTextAsync(target == "1" ? "Semantic: 1.00" : "Semantic: 0.50");
        Assert.Equal(edited, await CardIdsAsync(page));
        await app.ShotAtWidthsAsync(page, "compare-3-draft-kept");
        Assert.Empty(errors);
    }

    /// <summary>Every column's persona picker ends before its close button and inside its column.</summary>
    private static async Task AssertHeaderFitsAsync(IPage page)
    {
        foreach (var width in ChromiumWorkbench.Widths)
        {
            await ChromiumWorkbench.ResizeAsync(page, width, 1100);
            var problems = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('[data-testid^=column-]')].filter(c => /^column-\d+$/.test(c.dataset.testid)).flatMap(column => {
                  const box = column.getBoundingClientRect();
                  const choice = column.querySelector('.persona-choice').getBoundingClientRect();
                  const close = column.querySelector('[data-testid^=remove-column-]');
                  const out = [];
                  if (choice.right > box.right + 1) out.push(`${column.dataset.testid}: the persona picker runs past the column`);
                  if (close && choice.right > close.getBoundingClientRect().left + 1) out.push(`${column.dataset.testid}: the persona picker covers the close button`);
                  return out;
                })
                """);
            Assert.True(problems.Length == 0, $"at {width} px: {string.Join("; ", problems)}");
        }
        await ChromiumWorkbench.ResizeAsync(page, 1600, 1100);
    }

    private static async Task<List<string>> CarriersAsync(IPage page, IEnumerable<string> ids, string tag)
    {
        var carriers = new List<string>();
        foreach (var id in ids)
            if ((await TagsOfAsync(page, id)).Contains(tag)) carriers.Add(id);
        return carriers;
    }

    private async Task CreatePersonaAsync(IPage page)
    {
        await page.GotoAsync($"{app.Address}/personas");
        await WaitInteractiveAsync(page);
        await page.Locator("[data-testid=persona-new]").ClickAsync();
        await Field(page, "persona-name").FillAsync(Persona);
        await Field(page, "persona-note").FillAsync("Created by the end-to-end journey");
        await SelectAsync(page, "persona-age-band", "25-34");
        await SelectAsync(page, "persona-region", "north");
        await SelectAsync(page, "persona-device", "mobile");
        await Field(page, "persona-interests").FillAsync("Trail running and hiking at weekends: light shoes, a hydration vest, a waterproof jacket.");
        await ChooseAsync(page, "persona-seed-item-search", "hiking boots", new Regex("Hiking Boots", RegexOptions.IgnoreCase));
        await page.Locator("[data-testid=persona-seed-items] .mud-chip").First.WaitForAsync(new() { Timeout = Patience });
        await app.ShotAsync(page, "journey-1-persona-form");
        await page.Locator("button[data-testid=persona-save]").ClickAsync();
        await page.Locator("[data-testid=persona-compare]").WaitForAsync(new() { Timeout = Patience });
        await Assertions.Expect(page.Locator("[data-testid=persona-list]")).ToContainTextAsync(Persona);
        await app.ShotAsync(page, "journey-2-persona-saved");
    }

    /// <summary>Waits for the compare page with the journey's persona in column 1 and returns that column's item ids.</summary>
    private static async Task<string[]> ComparedAsync(IPage page)
    {
        await page.WaitForURLAsync(new Regex("/compare"));
        await WaitInteractiveAsync(page);
        await page.WaitForSelectorAsync("[data-testid=column-0] [data-testid^=card-]", new() { Timeout = Patience });
        await Assertions.Expect(page.Locator("[data-testid=persona-0]")).ToHaveTextAsync(Persona);
        return await CardIdsAsync(page);
    }

    private static async Task<string[]> WaitForOrderChangeAsync(IPage page, string[] before)
    {
        await page.WaitForFunctionAsync(
            "ids => [...document.querySelectorAll('[data-testid=column-0] [data-testid^=card-]')].map(e => e.dataset.testid.slice(5)).join() !== ids",
            string.Join(',', before), new() { Timeout = Patience });
        return await CardIdsAsync(page);
    }

    /// <summary>
    /// Adds a boost (strength 2) for the first result's rarest tag among the results and saves the strategy; returns
    /// the tag and the lowest-ranked result without that tag, with its rank.
    /// </summary>
    private async Task<(string Tag, string Item, int Rank)> BoostATagAsync(IPage page)
    {
        var tagsOfFirst = await TagsOfAsync(page, (await CardIdsAsync(page))[0]);
        var carriers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in await CardIdsAsync(page))
            foreach (var t in await TagsOfAsync(page, id))
                carriers[t] = carriers.GetValueOrDefault(t) + 1;
        string tag = tagsOfFirst.MinBy(t => carriers[t])!;
        await ChooseAsync(page, "rule-tag", tag, new Regex($"^\\s*{Regex.Escape(tag)}\\s*$"));
        await Field(page, "rule-strength").FillAsync("2");
        await page.Locator("button[data-testid=add-boost]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=rule]").Last).ToContainTextAsync($"Boost tag “{tag}” by 2");
        await page.Locator("button[data-testid=save-strategy]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=editor-message]")).ToContainTextAsync("Saved");
        await app.ShotAsync(page, "journey-5-tag-boosted");

        var ids = await CardIdsAsync(page);
        for (int i = ids.Length - 1; i >= 0; i--)
            if (!(await TagsOfAsync(page, ids[i])).Contains(tag)) return (tag, ids[i], i + 1);
        throw new InvalidOperationException($"Every result already carries the tag '{tag}'.");
    }

    /// <summary>The tags a card shows (text content: cards below the fold are not laid out, so their inner text is empty).</summary>
    private static async Task<IReadOnlyList<string>> TagsOfAsync(IPage page, string item) =>
        await page.Locator($"[data-testid=column-0] [data-testid='card-{item}'] .card-tags .mud-chip-content").AllTextContentsAsync();

    private async Task TagItemAsync(IPage page, string item, string tag)
    {
        await page.GotoAsync($"{app.Address}/items");
        await WaitInteractiveAsync(page);
        await Field(page, "items-search").FillAsync(item);
        await page.Locator($"[data-testid='item-row-{item}']").ClickAsync(new() { Timeout = Patience });
        await page.Locator("[data-testid=item-title]").WaitForAsync(new() { Timeout = Patience });
        await Field(page, "tag-input").FillAsync(tag);
        await page.Locator("button[data-testid=tag-add]").ClickAsync();
        await page.Locator($"[data-testid='tag-chip-{tag}']").WaitForAsync(new() { Timeout = Patience });
        await page.Locator("button[data-testid=tags-save]").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-snackbar").First).ToContainTextAsync("re-encoded", new() { Timeout = Patience });
        await app.ShotAsync(page, "journey-6-item-tagged");
    }

    private async Task HeatmapsRenderAsync(IPage page)
    {
        await page.GotoAsync($"{app.Address}/heatmaps");
        await WaitInteractiveAsync(page);
        await SelectAsync(page, "heatmaps-persona", Persona);
        await page.WaitForSelectorAsync("#heatmap-items-semantic .main-svg", new() { Timeout = Patience });
        await Assertions.Expect(page.Locator("#heatmap-personas-semantic")).ToContainTextAsync(Persona, new() { Timeout = Patience });
        await app.ShotAsync(page, "journey-8-heatmaps");

        await ToggleAsync(page, "heatmaps-persona-items-personas", Persona);
        var personaItems = page.Locator("#heatmap-persona-items-semantic");
        await Assertions.Expect(personaItems).ToContainTextAsync(Persona, new() { Timeout = Patience });
        await personaItems.ScrollIntoViewIfNeededAsync();
        var box = await personaItems.Locator(".nsewdrag").First.BoundingBoxAsync() ?? throw new InvalidOperationException("The persona × item heatmap has no plot area.");
        await page.Mouse.MoveAsync(box.X + box.Width / 3, box.Y + box.Height / 2);
        await Assertions.Expect(personaItems.Locator(".hovertext")).ToContainTextAsync("cosine", new() { Timeout = Patience });
        await app.ShotAsync(page, "journey-9-persona-item-heatmap-hover");
        await page.Mouse.MoveAsync(0, 0);
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await app.ShotAtWidthsAsync(page, "journey-9-heatmaps", fullPage: true);
    }

    /// <summary>
    /// In the Strategy lab, ticks the Auto checkbox and runs "Tune Auto" on the sample world; the Tune Auto panel shows what
    /// it stored, with its validation table (screenshots at 1600 and 1024 px). Waits for the live model, which takes the
    /// tuned settings, to be ready again.
    /// </summary>
    private async Task TuneAutoAsync(IPage page)
    {
        await page.GotoAsync($"{app.Address}/strategy-lab");
        await WaitInteractiveAsync(page);
        var auto = page.Locator("input[data-testid=lab-auto]");
        await Assertions.Expect(auto).ToBeCheckedAsync(); // Auto is evaluated by default
        await page.GetByText("Auto (tuned inside each fold on training users only)").ClickAsync();
        await Assertions.Expect(auto).Not.ToBeCheckedAsync();
        await page.GetByText("Auto (tuned inside each fold on training users only)").ClickAsync();
        await Assertions.Expect(auto).ToBeCheckedAsync();
        await page.Locator("button[data-testid=lab-tune]").ClickAsync();
        await page.Locator("[data-testid=tune-panel]").WaitForAsync(new() { Timeout = Patience });
        await page.Locator("[data-testid=tune-stored], [data-testid=tune-error]").First.WaitForAsync(new() { Timeout = TuningPatience });
        await Assertions.Expect(page.Locator("[data-testid=tune-stored]")).ToContainTextAsync("Auto · sample");
        await Assertions.Expect(page.Locator("[data-testid=tune-validation] tbody tr")).Not.ToHaveCountAsync(0);
        await app.ShotAtWidthsAsync(page, "journey-10-lab-tune-auto", fullPage: true);
        await app.WaitForModelReadyAsync();
    }

    /// <summary>
    /// On Compare, edits the tuned "Auto · sample": the editor shows its schedule table with the step in force for
    /// column 1's persona and the new-item policy, above the six weight sliders (screenshots at 1600 and 1024 px, and of
    /// the whole editor).
    /// </summary>
    private async Task CompareAutoScheduleAsync(IPage page)
    {
        await page.GotoAsync($"{app.Address}/compare?persona={Uri.EscapeDataString(Persona)}");
        await ComparedAsync(page);
        await SelectAsync(page, "edit-strategy", "Auto · sample");
        await page.Locator("[data-testid=schedule-table]").WaitForAsync(new() { Timeout = Patience });
        await Assertions.Expect(page.Locator("[data-testid=schedule-table] tr[data-in-force=true]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-testid=new-item-policy]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("input[data-testid=weight-item-to-item]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("input[data-testid=weight-lexical]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=score-legend]")).ToContainTextAsync("New item");
        await app.ShotAtWidthsAsync(page, "journey-11-compare-auto-schedule");
        await app.ShotOfAtWidthsAsync(page, page.Locator("[data-testid=strategy-editor]"), "journey-11-strategy-editor");
    }

    private static async Task<int> RankOfAsync(IPage page, string item)
    {
        var ids = await CardIdsAsync(page);
        int index = Array.IndexOf(ids, item);
        return index < 0 ? int.MaxValue : index + 1;
    }

    private static async Task<string[]> CardIdsAsync(IPage page) =>
        [.. (await page.Locator("[data-testid=column-0] [data-testid^=card-]").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.testid.slice(5))"))];
}
