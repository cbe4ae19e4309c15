using System.Net;
using System.Text;
using ColdStart.Tests.Shared;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ColdStart.EndToEnd.Tests;

/// <summary>
/// The real app in Debian's Chromium: upload the generic CSV shop on the datasets page, switch to it, and the app bar
/// and the items page follow. Its own app over its own database (not the shared default world), in a collection that
/// runs alone so the browser does not compete with other tests for the cores. Screenshots go to screenshots/ next to
/// the test assembly. Skipped when Chromium is missing.
/// </summary>
[Collection(BrowserAloneCollection.Name)]
public sealed class DatasetsJourneyTests : IDisposable
{
    private const string Chromium = ChromiumFactAttribute.Path;

    /// <summary>How long a step may take: generous, because the journey must pass on a loaded 2-core machine.</summary>
    private const int Patience = 120_000;
    private readonly TempDatabase _database = new();

    [ChromiumFact]
    public async Task Upload_a_csv_dataset_switch_to_it_and_the_items_page_shows_it()
    {
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
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 1300 } });
        page.SetDefaultTimeout(Patience);
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        var shots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(shots);

        await page.GotoAsync($"{address}/datasets");
        await page.WaitForSelectorAsync("[data-interactive=true]", new() { Timeout = Patience });
        await page.WaitForSelectorAsync("tr[data-workspace=sample] [data-testid=workspace-active]", new() { Timeout = Patience });
        await SetFileAsync(page, "items.csv", ShopCsv.Items);
        await SetFileAsync(page, "users.csv", ShopCsv.Users);
        await SetFileAsync(page, "events.csv", ShopCsv.Events);
        await page.Locator("[data-testid=import-name] input, input[data-testid=import-name]").FillAsync("shop");
        await page.Locator("button[data-testid=import-start]").ClickAsync();
        await page.WaitForSelectorAsync("tr[data-workspace=shop]", new() { Timeout = Patience });
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "datasets-imported.png") });

        await page.Locator("button[data-testid=imported-switch]").ClickAsync();
        await page.WaitForSelectorAsync("tr[data-workspace=shop] [data-testid=workspace-active]", new() { Timeout = Patience });
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "datasets-switched.png") });
        Assert.Equal("shop", (await page.Locator("button[data-testid=workspace-menu]").InnerTextAsync()).Trim());

        await page.GotoAsync($"{address}/items");
        await page.WaitForSelectorAsync("[data-testid=item-row-D-1]", new() { Timeout = Patience });
        Assert.Equal(4, await page.Locator("[data-testid^=item-row-]").CountAsync());
        Assert.Empty(errors);
    }

    private static Task SetFileAsync(IPage page, string slot, string text) =>
        page.Locator($"tr[data-slot='{slot}'] input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = slot, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(text + "\n"),
        });

    public void Dispose() => _database.Dispose();
}
