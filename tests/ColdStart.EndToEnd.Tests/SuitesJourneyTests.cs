using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static ColdStart.EndToEnd.Tests.MudControls;

namespace ColdStart.EndToEnd.Tests;

/// <summary>
/// Persona test suites in Chromium on the default sample world: write a suite with one expectation in the form, save
/// it, run it, read the result (holds or fails, with what was observed and the persona's list), and export the run as
/// PDF. Screenshots: suites-*.png (1600 and 1024 px).
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class SuitesJourneyTests(ChromiumWorkbench app)
{
    private const int Patience = 60_000;

    [ChromiumFact]
    public async Task A_suite_with_one_expectation_is_created_run_and_its_result_read_and_exported_as_pdf()
    {
        var (page, errors) = await app.NewPageAsync();
        await page.GotoAsync($"{app.Address}/suites");
        await WaitInteractiveAsync(page);

        await Field(page, "suite-name").FillAsync("Journey checks");
        await Field(page, "draft-item").FillAsync("SKU-00001");
        await page.Locator("button[data-testid=draft-add]").ClickAsync();
        var expectation = page.Locator("[data-testid=suite-expectation]");
        await Assertions.Expect(expectation).ToHaveCountAsync(1, new() { Timeout = Patience });
        await Assertions.Expect(expectation).ToContainTextAsync("SKU-00001 must be in the top 10 for");
        await page.Locator("button[data-testid=suite-save]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=suite-item]").Filter(new() { HasText = "Journey checks" })).ToHaveCountAsync(1, new() { Timeout = Patience });

        await page.Locator("button[data-testid=suite-run]").ClickAsync();
        var result = page.Locator("[data-testid=run-result]");
        await Assertions.Expect(result).ToHaveCountAsync(1, new() { Timeout = Patience });
        await Assertions.Expect(result).ToContainTextAsync(new Regex(@"(holds|fails)\s*SKU-00001 must be in the top 10 for"));
        await Assertions.Expect(page.Locator("[data-testid=run-list] li")).ToHaveCountAsync(10, new() { Timeout = Patience });
        await Assertions.Expect(page.Locator("[data-testid=suite-run-row]")).ToHaveCountAsync(1);
        await app.ShotAtWidthsAsync(page, "suites", fullPage: true);

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("button[data-testid=run-pdf]").ClickAsync());
        string path = Path.Combine(app.Output, "suite-run.pdf");
        await download.SaveAsAsync(path);
        string pdf = Encoding.Latin1.GetString(await File.ReadAllBytesAsync(path));
        Assert.Matches(@"^suite-run-\d+\.pdf$", download.SuggestedFilename);
        Assert.StartsWith("%PDF-1.4", pdf, StringComparison.Ordinal);
        Assert.Contains("(SKU-00001 must be in the top 10 for", pdf, StringComparison.Ordinal);
        Assert.EndsWith("%%EOF\n", pdf, StringComparison.Ordinal);
        Assert.Empty(errors);
    }
}
