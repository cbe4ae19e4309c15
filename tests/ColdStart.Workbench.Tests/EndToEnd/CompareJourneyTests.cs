using System.Diagnostics;
using System.Net;
using ColdStart.Workbench.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ColdStart.Workbench.Tests.EndToEnd;

/// <summary>
/// The real app on Kestrel, driven by Playwright in Debian's Chromium (/usr/bin/chromium, installed by .ci/run):
/// compare page ranks, a slider move re-ranks, the heatmaps render. Screenshots go to TestResults/screenshots.
/// Skips with a message when Chromium is not installed.
/// </summary>
public sealed class CompareJourneyTests(ITestOutputHelper output) : IDisposable
{
    private const string Chromium = "/usr/bin/chromium";
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Slider_move_re_ranks_the_columns_and_heatmaps_render()
    {
        if (!File.Exists(Chromium))
        {
            output.WriteLine($"skipped: {Chromium} is not installed (run .ci/run or apt-get install chromium)");
            return;
        }
        await using var factory = TestApp.Create(_database);
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium, Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1600, Height = 1100 } });
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        string shots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(shots);

        await page.GotoAsync($"{address}/compare");
        await page.WaitForSelectorAsync("[data-interactive=true]", new() { Timeout = 60_000 });
        await page.WaitForSelectorAsync("[data-testid=column-0] [data-testid^=card-]", new() { Timeout = 120_000 });
        var before = await CardIdsAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "compare-before.png") });

        var clock = Stopwatch.StartNew();
        await page.Locator("[data-testid=weight-collaborative]").FillAsync("0");
        await page.Locator("[data-testid=weight-popularity]").FillAsync("1");
        await page.WaitForFunctionAsync("ids => [...document.querySelectorAll('[data-testid=column-0] [data-testid^=card-]')].map(e => e.dataset.testid).join() !== ids",
            string.Join(',', before), new() { Timeout = 10_000 });
        output.WriteLine($"two slider moves to a changed DOM: {clock.ElapsedMilliseconds} ms (includes Playwright round trips)");
        var after = await CardIdsAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "compare-after.png") });
        Assert.NotEqual(before, after);

        await page.GotoAsync($"{address}/heatmaps");
        await page.WaitForSelectorAsync("#heatmap-items-semantic .main-svg", new() { Timeout = 60_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "heatmaps.png") });
        Assert.Empty(errors);
    }

    private static async Task<string[]> CardIdsAsync(IPage page) =>
        [.. (await page.Locator("[data-testid=column-0] [data-testid^=card-]").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.testid)"))];

    public void Dispose() => _database.Dispose();
}
