using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;
using ColdStart.Workbench.Hosting;
using Microsoft.Playwright;

namespace ColdStart.EndToEnd.Tests;

/// <summary>
/// The README's way to run it for a team, end to end: <c>dotnet publish src/ColdStart.Workbench -c Release -o DIR</c>,
/// the published app started from the clone with <c>ASPNETCORE_ENVIRONMENT=Production</c> (accounts on, a fresh
/// temporary database with a small sample world, a free loopback port), the first visit sets up the admin, and Compare
/// then shows cards ranked by the live circuit, with Blazor's script and MudBlazor's assets answered 200 and no stack
/// trace on any page. Screenshots at 1600 and 1024 px. Runs alone; skipped without Chromium.
/// </summary>
[Collection(BrowserAloneCollection.Name)]
public sealed partial class PublishedAppJourneyTests : IDisposable
{
    private const int Patience = 180_000;
    private const string Password = "published password 1";
    private static readonly TimeSpan PublishPatience = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan StartPatience = TimeSpan.FromMinutes(5);
    private readonly string _folder = Directory.CreateTempSubdirectory("coldstart-published-").FullName;

    [ChromiumFact]
    public async Task The_published_app_in_Production_serves_a_working_UI_to_the_first_admin()
    {
        string root = RepositoryRoot.Find();
        string output = Path.Combine(_folder, "out");
        await PublishAsync(root, output);
        Assert.True(File.Exists(Path.Combine(output, "wwwroot", "_framework", "blazor.web.js")), "dotnet publish wrote no wwwroot/_framework/blazor.web.js");

        await using var app = await PublishedApp.StartAsync(root, output, Path.Combine(_folder, "workbench.db"), StartPatience);
        using (var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) })
        {
            using var script = await http.GetAsync(new Uri(app.Address + "/_framework/blazor.web.js"));
            Assert.Equal(200, (int)script.StatusCode);
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumFactAttribute.Path, Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1600, Height = 1100 } });
        page.SetDefaultTimeout(Patience);
        var errors = new List<string>();
        var failedResponses = new List<string>();
        var assets = new Dictionary<string, int>(StringComparer.Ordinal);
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        page.PageError += (_, e) => errors.Add(e);
        page.Response += (_, r) =>
        {
            var path = new Uri(r.Url).AbsolutePath;
            if (r.Status >= 400) failedResponses.Add($"{r.Status} {path}");
            if (path.StartsWith("/_framework/", StringComparison.Ordinal) || path.StartsWith("/_content/MudBlazor/", StringComparison.Ordinal)) assets[path] = r.Status;
        };
        var shots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(shots);

        await page.GotoAsync(app.Address + "/");
        Assert.EndsWith("/account/setup", page.Url, StringComparison.Ordinal);
        await page.Locator("[data-testid=setup-username]").FillAsync("ada");
        await page.Locator("[data-testid=setup-password]").FillAsync(Password);
        await page.Locator("[data-testid=setup-confirm]").FillAsync(Password);
        await page.Locator("[data-testid=setup-submit]").ClickAsync();
        await page.WaitForSelectorAsync("[data-interactive=true]");
        Assert.Equal("ada · admin", (await page.Locator("[data-testid=signed-in-user]").InnerTextAsync()).Trim());
        await AssertNoStackTraceAsync(page);

        await page.GotoAsync(app.Address + "/compare");
        await page.WaitForSelectorAsync("[data-interactive=true]");
        await page.WaitForSelectorAsync("[data-testid=column-2] [data-testid^=card-]");
        Assert.True(await page.Locator("[data-testid=column-0] [data-testid^=card-]").CountAsync() > 0);
        // Interactive: a click is handled by the circuit (a fourth column appears with its own ranked cards).
        await page.Locator("[data-testid=add-column]").ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=column-3] [data-testid^=card-]");
        await AssertNoStackTraceAsync(page);
        await ShotAtWidthsAsync(page, shots, "published-production-compare");

        await page.GotoAsync(app.Address + "/personas");
        await page.WaitForSelectorAsync("[data-interactive=true]");
        await page.Locator("[data-testid=persona-row]").First.ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=persona-form]");
        await AssertNoStackTraceAsync(page);
        await ShotAtWidthsAsync(page, shots, "published-production-personas");

        // The page loads the fingerprinted name (blazor.web.<hash>.js) of the script checked above.
        string loaded = string.Join(", ", assets.Select(a => $"{a.Value} {a.Key}"));
        Assert.True(assets.Any(a => a.Key.StartsWith("/_framework/blazor.web", StringComparison.Ordinal) && a.Key.EndsWith(".js", StringComparison.Ordinal) && a.Value == 200),
            "Blazor's script was not answered 200: " + loaded);
        Assert.True(assets.Any(a => a.Key.StartsWith("/_content/MudBlazor/", StringComparison.Ordinal) && a.Value == 200), "MudBlazor's assets were not answered 200: " + loaded);
        Assert.Empty(failedResponses);
        Assert.Empty(errors);
        Assert.DoesNotContain(app.Output(), line => line.Contains("cannot load", StringComparison.Ordinal) || line.Contains("fail:", StringComparison.Ordinal));
    }

    private static async Task ShotAtWidthsAsync(IPage page, string folder, string name)
    {
        foreach (int width in ChromiumWorkbench.Widths)
        {
            await ChromiumWorkbench.ResizeAsync(page, width, 1100);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-{width}.png") });
        }
        await ChromiumWorkbench.ResizeAsync(page, 1600, 1100);
    }

    /// <summary>No .NET stack trace ("   at Namespace.Type.Method(") and no exception page in what the visitor sees.</summary>
    private static async Task AssertNoStackTraceAsync(IPage page)
    {
        string text = await page.Locator("body").InnerTextAsync();
        Assert.DoesNotMatch(StackFrame(), text);
        Assert.DoesNotContain("An unhandled exception occurred", text, StringComparison.Ordinal);
        Assert.DoesNotContain("An unhandled error has occurred", text, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(^|\n)\s*at [\w.`<>]+\.[\w<>`]+\(", RegexOptions.CultureInvariant)]
    private static partial Regex StackFrame();

    /// <summary>
    /// <c>dotnet publish src/ColdStart.Workbench -c {this build's configuration} -o <paramref name="output"/> --no-build</c>:
    /// the app is already built with this test project (a project reference), so publishing only copies and adds the
    /// static web assets.
    /// </summary>
    private static async Task PublishAsync(string root, string output)
    {
        string configuration = typeof(PublishedAppJourneyTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        foreach (string arg in new[] { "publish", Path.Combine("src", "ColdStart.Workbench"), "-c", configuration, "-o", output, "--no-build", "-nologo" })
            start.ArgumentList.Add(arg);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var publish = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet publish.");
        var stdout = publish.StandardOutput.ReadToEndAsync();
        var stderr = publish.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(PublishPatience);
        try
        {
            await publish.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            publish.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet publish did not finish in {PublishPatience.TotalMinutes} minutes.");
        }
        Assert.True(publish.ExitCode == 0, $"dotnet publish exited with {publish.ExitCode}:\n{await stdout}\n{await stderr}");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test on cleanup.
        }
    }
}
