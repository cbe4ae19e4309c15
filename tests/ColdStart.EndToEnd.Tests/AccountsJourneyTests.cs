using System.Net;
using ColdStart.Tests.Shared;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ColdStart.EndToEnd.Tests;

/// <summary>
/// Accounts in Debian's Chromium, on a fresh database with accounts on: the first visit lands on the setup page, the
/// admin it creates adds a viewer on the Users page and signs out, and the viewer signs in to a workbench without the
/// admin pages or the save buttons. Its own app and database, in the collection that runs alone. Skipped without Chromium.
/// </summary>
[Collection(BrowserAloneCollection.Name)]
public sealed class AccountsJourneyTests : IDisposable
{
    private const int Patience = 120_000;
    private const string Password = "journey password 1";
    private readonly TempDatabase _database = new();

    [ChromiumFact]
    public async Task The_first_visit_creates_the_admin_who_adds_a_viewer_who_cannot_save()
    {
        await using var factory = TestApp.CreateWithAccounts(_database);
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumFactAttribute.Path, Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 } });
        page.SetDefaultTimeout(Patience);
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        var shots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(shots);

        await page.GotoAsync($"{address}/");
        Assert.EndsWith("/account/setup", page.Url, StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "accounts-setup.png") });
        await page.Locator("[data-testid=setup-username]").FillAsync("ada");
        await page.Locator("[data-testid=setup-password]").FillAsync(Password);
        await page.Locator("[data-testid=setup-confirm]").FillAsync(Password);
        await page.Locator("[data-testid=setup-submit]").ClickAsync();
        await page.WaitForSelectorAsync("[data-interactive=true]");
        Assert.Equal("ada · admin", (await page.Locator("[data-testid=signed-in-user]").InnerTextAsync()).Trim());

        await page.GetByRole(AriaRole.Link, new() { Name = "Users" }).ClickAsync();
        await page.Locator("[data-testid=new-user-name] input, input[data-testid=new-user-name]").FillAsync("vic");
        await page.Locator("[data-testid=new-user-password] input, input[data-testid=new-user-password]").FillAsync(Password);
        await page.Locator("button[data-testid=new-user-create]").ClickAsync();
        await page.WaitForSelectorAsync("tr[data-user=vic]");
        Assert.Equal("viewer", await page.Locator("tr[data-user=vic] select[data-testid=user-role]").InputValueAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "accounts-users.png") });

        await page.Locator("[data-testid=sign-out]").ClickAsync();
        await page.WaitForURLAsync("**/account/login");
        await page.Locator("[data-testid=signin-username]").FillAsync("vic");
        await page.Locator("[data-testid=signin-password]").FillAsync(Password);
        await page.Locator("[data-testid=signin-submit]").ClickAsync();
        await page.WaitForSelectorAsync("[data-interactive=true]");
        Assert.Equal("vic · viewer", (await page.Locator("[data-testid=signed-in-user]").InnerTextAsync()).Trim());
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Datasets" }).CountAsync());

        await page.GotoAsync($"{address}/compare");
        await page.WaitForSelectorAsync("[data-testid=editor-only-note]");
        Assert.Equal(0, await page.Locator("[data-testid=save-strategy]").CountAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "accounts-viewer-compare.png") });
        await page.GotoAsync($"{address}/datasets");
        Assert.Contains("/account/denied", page.Url, StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    public void Dispose() => _database.Dispose();
}
