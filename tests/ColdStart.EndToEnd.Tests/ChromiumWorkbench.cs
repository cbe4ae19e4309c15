using System.Diagnostics;
using System.Net;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Modeling;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ColdStart.EndToEnd.Tests;

/// <summary>
/// Shared by the end-to-end tests: the real app on Kestrel over a temporary database seeded with the default sample
/// world (5,000 items), started once, with its model built, and Debian's Chromium driven by Playwright. When Chromium
/// is not installed nothing is started, <see cref="Available"/> is false and the tests ([ChromiumFact]) are skipped.
/// </summary>
public sealed class ChromiumWorkbench : IAsyncLifetime, IDisposable
{
    public const string Chromium = ChromiumFactAttribute.Path;

    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private TempDatabase? _database;
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public bool Available { get; } = ChromiumFactAttribute.Installed;

    /// <summary>Base address of the app, e.g. http://127.0.0.1:41234.</summary>
    public string Address { get; private set; } = "";

    /// <summary>Time from start to a built model (seeding the world, training, encoding).</summary>
    public TimeSpan StartTime { get; private set; }

    /// <summary>Where screenshots and measurements go: screenshots/ next to the test assembly.</summary>
    public string Output { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public IServiceProvider Services => _factory?.Services ?? throw new InvalidOperationException("The app is not started (Chromium missing?).");

    public async Task InitializeAsync()
    {
        if (!Available) return;
        Directory.CreateDirectory(Output);
        var clock = Stopwatch.StartNew();
        _database = new TempDatabase();
        _factory = TestApp.CreateWithDefaultWorld(_database);
        _factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        Address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ChromiumArgs });
        await WaitForModelAsync(TimeSpan.FromMinutes(5));
        StartTime = clock.Elapsed;
    }

    /// <summary>A fresh tab (1600 × 1100) whose console errors and uncaught page errors are collected in the returned list.</summary>
    public async Task<(IPage Page, List<string> Errors)> NewPageAsync()
    {
        var browser = _browser ?? throw new InvalidOperationException("Chromium is not started.");
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1600, Height = 1100 } });
        page.SetDefaultTimeout(60_000); // clicks and waits without their own timeout: generous on a loaded 2-core machine
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        page.PageError += (_, error) => errors.Add(error);
        return (page, errors);
    }

    /// <summary>Saves a screenshot of the page as <c>{name}.png</c> in <see cref="Output"/>.</summary>
    public Task ShotAsync(IPage page, string name, bool fullPage = false) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(Output, name + ".png"), FullPage = fullPage });

    /// <summary>The widths layouts are checked at: a wide desktop and a small laptop.</summary>
    public static IReadOnlyList<int> Widths { get; } = [1600, 1024];

    /// <summary>
    /// Saves the page at each of <see cref="Widths"/> as <c>{name}-{width}.png</c>, waiting for the resized layout to
    /// be painted, then restores the 1600 px viewport.
    /// </summary>
    public async Task ShotAtWidthsAsync(IPage page, string name, bool fullPage = false)
    {
        foreach (var width in Widths)
        {
            await ResizeAsync(page, width, 1100);
            await ShotAsync(page, $"{name}-{width}", fullPage);
        }
        await ResizeAsync(page, 1600, 1100);
    }

    /// <summary>
    /// Saves the element at each of <see cref="Widths"/> as <c>{name}-{width}.png</c>: clipped from a full-page
    /// screenshot, so a tall element is whole and the fixed app bar does not cover it.
    /// </summary>
    public async Task ShotOfAtWidthsAsync(IPage page, ILocator element, string name)
    {
        foreach (var width in Widths)
        {
            await ResizeAsync(page, width, 1100);
            await page.EvaluateAsync("() => window.scrollTo(0, 0)");
            var box = await element.BoundingBoxAsync() ?? throw new InvalidOperationException($"{name}: the element is not visible.");
            await page.ScreenshotAsync(new()
            {
                Path = Path.Combine(Output, $"{name}-{width}.png"), FullPage = true,
                Clip = new() { X = box.X, Y = box.Y, Width = box.Width, Height = box.Height },
            });
        }
        await ResizeAsync(page, 1600, 1100);
    }

    /// <summary>
    /// Sets the viewport and waits until the page has laid out at that width: Plotly charts (responsive, redrawn after a
    /// debounce on the window's resize event) as wide as their containers, then two animation frames for the paint.
    /// </summary>
    public static async Task ResizeAsync(IPage page, int width, int height)
    {
        await page.SetViewportSizeAsync(width, height);
        await page.WaitForFunctionAsync("w => window.innerWidth === w", width);
        // Below 1280 px the navigation drawer closes (the circuit hears of the new breakpoint): wait for that, for its
        // slide and for the resize event layout.js then gives the charts, so a screenshot catches neither half-way.
        if (width < 1280)
        {
            await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.mud-drawer')].every(d => d.classList.contains('mud-drawer--closed'))",
                null, new() { Timeout = 60_000 });
            await page.WaitForTimeoutAsync(400);
        }
        await page.WaitForFunctionAsync("""
            () => document.getAnimations().every(a => a.playState !== 'running' || !a.effect?.target?.closest?.('.mud-drawer, .mud-main-content'))
            """, null, new() { Timeout = 60_000 });
        await page.WaitForFunctionAsync("""
            () => [...document.querySelectorAll('.js-plotly-plot')].every(plot => {
              const svg = plot.querySelector('.main-svg');
              return !svg || Math.abs(svg.getBoundingClientRect().width - plot.getBoundingClientRect().width) < 2;
            })
            """, null, new() { Timeout = 60_000 });
        await page.EvaluateAsync("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
    }

    /// <summary>Waits until the default workspace's live model is ready (again, after a rebuild), failing when it failed.</summary>
    public Task WaitForModelReadyAsync() => WaitForModelAsync(TimeSpan.FromMinutes(5));

    private async Task WaitForModelAsync(TimeSpan patience)
    {
        var models = Services.GetRequiredService<ILiveModels>();
        var deadline = DateTime.UtcNow + patience;
        while (models.Find(models.DefaultWorkspace)?.Status is not { State: ModelState.Ready })
        {
            var status = models.Find(models.DefaultWorkspace)?.Status;
            if (status?.State == ModelState.Failed) throw new InvalidOperationException($"The model failed to build: {status.Message}");
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The model was not ready after {patience.TotalSeconds:0} s: {status?.Message ?? "not loaded"}");
            await Task.Delay(200);
        }
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
        Dispose();
    }

    /// <summary>Deletes the temporary database (after <see cref="DisposeAsync"/> stopped the app).</summary>
    public void Dispose()
    {
        _database?.Dispose();
        _database = null;
    }
}
