using Microsoft.Playwright;
using Xunit.Abstractions;
using static ColdStart.EndToEnd.Tests.MudControls;

namespace ColdStart.EndToEnd.Tests;

/// <summary>
/// The Compare board in Chromium: a column's profile opens beside its results (strips with their scale, inputs),
/// "Export CSV" downloads the columns' cards with their score parts, compact cards show their actions on keyboard
/// focus, "Export PDF" downloads the board as a PDF, a saved board reopens after a reload with the same columns and is
/// listed on /boards, and at 1024 px the navigation drawer is closed so the columns get the width. Screenshots:
/// compare-board-*.png and boards-*.png (1600 and 1024 px).
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class CompareBoardJourneyTests(ChromiumWorkbench app, ITestOutputHelper output)
{
    private const int Patience = 30_000;

    [ChromiumFact]
    public async Task The_profile_opens_beside_the_results_the_board_exports_as_csv_and_compact_cards_work_by_keyboard()
    {
        var (page, errors) = await app.NewPageAsync();
        page.Dialog += (_, dialog) => _ = dialog.AcceptAsync();
        await page.GotoAsync($"{app.Address}/compare");
        await WaitInteractiveAsync(page);
        await page.WaitForSelectorAsync("[data-testid=column-0] [data-testid^=card-]", new() { Timeout = Patience });

        // The profile of column 1, beside its results.
        await page.Locator("[data-testid=column-0] [data-testid=profile-toggle]").ClickAsync();
        var panel = page.Locator("[data-testid=column-0] [data-testid=profile-panel]");
        await Assertions.Expect(panel.Locator("[data-testid=profile-semantic-strip-scale]")).ToBeVisibleAsync();
        await Assertions.Expect(panel.Locator("[data-testid=profile-sources] tr").First).ToBeVisibleAsync();
        await app.ShotAtWidthsAsync(page, "compare-board-profile");

        // Export CSV: one row per card of every column; column 1's SKUs in its order.
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=export-csv]").ClickAsync());
        string path = Path.Combine(app.Output, "compare-board.csv");
        await download.SaveAsAsync(path);
        var lines = (await File.ReadAllLinesAsync(path)).Where(l => l.Length > 0).ToArray();
        int cards = await page.Locator("[data-testid^=column-] [data-testid^=card-]").CountAsync();
        output.WriteLine($"{download.SuggestedFilename}: {lines.Length - 1} rows for {cards} cards");
        Assert.StartsWith("column,persona,strategy,rank,sku,title", lines[0].TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Equal(cards, lines.Length - 1);
        var firstColumn = await page.Locator("[data-testid=column-0] [data-testid^=card-]").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.testid.slice(5))");
        Assert.Equal(firstColumn, lines.Skip(1).Where(l => l.StartsWith("1,", StringComparison.Ordinal)).Select(l => Sku(l)).ToArray());

        // Export PDF: a valid file whose text holds column 1's SKUs.
        var pdfDownload = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=export-pdf]").ClickAsync());
        string pdfPath = Path.Combine(app.Output, "compare-board.pdf");
        await pdfDownload.SaveAsAsync(pdfPath);
        string pdf = System.Text.Encoding.Latin1.GetString(await File.ReadAllBytesAsync(pdfPath));
        Assert.StartsWith("%PDF-1.4", pdf, StringComparison.Ordinal);
        Assert.All(firstColumn, sku => Assert.Contains($"({sku} · ".Replace("·", "\\267", StringComparison.Ordinal), pdf, StringComparison.Ordinal));

        // Compact cards: the actions appear when the card has keyboard focus.
        await page.Locator("[data-testid=column-0] [data-testid=profile-toggle]").ClickAsync();
        await Assertions.Expect(panel.Locator("[data-testid=profile-details]")).ToHaveCountAsync(0);
        await page.Locator("[data-testid=compact] input, input[data-testid=compact]").First.ClickAsync();
        var card = page.Locator("[data-testid=column-0] .result-card.compact").First;
        await Assertions.Expect(card).ToBeVisibleAsync();
        await Assertions.Expect(card.Locator("button[data-testid=pin]")).ToBeHiddenAsync();
        await card.FocusAsync();
        await Assertions.Expect(card.Locator("button[data-testid=pin]")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("explain", await page.EvaluateAsync<string>("() => document.activeElement.dataset.testid"));
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await app.ShotAtWidthsAsync(page, "compare-board-compact");

        // Save the board in one click; a reload of its address shows the same columns (same cards) and card mode.
        var before = await ColumnSkusAsync(page);
        await Field(page, "board-name").FillAsync("Journey board");
        await page.Locator("button[data-testid=save-board]").ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/compare\\?board=Journey%20board$"), new() { Timeout = Patience });
        await page.ReloadAsync();
        await WaitInteractiveAsync(page);
        await page.WaitForSelectorAsync("[data-testid=column-0] .result-card.compact", new() { Timeout = Patience });
        Assert.Equal(before, await ColumnSkusAsync(page));
        await Assertions.Expect(page.Locator("[data-testid=board-open]")).ToContainTextAsync("Journey board");
        await page.GotoAsync($"{app.Address}/boards");
        await WaitInteractiveAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=board-row][data-board='Journey board']")).ToHaveCountAsync(1, new() { Timeout = Patience });
        await app.ShotAtWidthsAsync(page, "boards");
        await page.GotoAsync($"{app.Address}/compare?board=Journey%20board");
        await WaitInteractiveAsync(page);
        await page.WaitForSelectorAsync("[data-testid=column-0] [data-testid^=card-]", new() { Timeout = Patience });

        // At 1024 px the navigation drawer is closed (the menu button opens it over the page).
        await ChromiumWorkbench.ResizeAsync(page, 1024, 1100);
        await Assertions.Expect(page.Locator(".mud-drawer")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("mud-drawer--closed"));
        await ChromiumWorkbench.ResizeAsync(page, 1600, 1100);
        await Assertions.Expect(page.Locator(".mud-drawer")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("mud-drawer--open"));
        Assert.Empty(errors);
    }

    /// <summary>Each column's card SKUs, left to right.</summary>
    private static async Task<string> ColumnSkusAsync(IPage page) =>
        await page.EvaluateAsync<string>("() => [...document.querySelectorAll('[data-testid^=column-]')].filter(c => /^column-\\d+$/.test(c.dataset.testid)).map(c => [...c.querySelectorAll('[data-testid^=card-]')].map(e => e.dataset.testid.slice(5)).join(' ')).join(' | ')");

    /// <summary>The fifth field (sku) of a CSV row, RFC 4180 quotes respected.</summary>
    private static string Sku(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length && fields.Count < 5; i++)
        {
            char c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        return fields.Count >= 5 ? fields[4] : field.ToString();
    }
}
