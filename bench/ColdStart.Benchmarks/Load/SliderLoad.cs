using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace ColdStart.Benchmarks.Load;

/// <summary>Settings of the <c>load-sliders</c> verb.</summary>
internal sealed record SliderLoadSettings(IReadOnlyList<int> Users, int Seconds, string? Url);

/// <summary>
/// The <c>load-sliders</c> verb: for each user count, that many Chromium tabs (each its own browser context, so its own
/// Blazor circuit) on Compare (3 columns × 20 of the default sample world, Balanced), each moving the popularity weight
/// slider every 1–2 s (random) for the given time. Every move is timed inside the page, as in the end-to-end
/// slider-latency test: from just before the input event to the DOM mutation after which every column's cards have
/// changed (patience 30 s; a move that never changes them counts as failed). The page's "ranked in … ms" caption gives
/// the server's ranking time of that move, so the rest is the circuit's queueing, the render diff and the browser.
/// </summary>
internal static class SliderLoad
{
    public const string Verb = "load-sliders";
    private const string Chromium = "/usr/bin/chromium";
    private const int Columns = 3;
    private const int PatienceMs = 30_000;
    private const double TargetP95Ms = 500;

    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    // Runs inside one tab for durationMs: wait 1–2 s, move the slider to the other of two values, time the move.
    private const string Script = """
        async ({ durationMs, columns, patienceMs }) => {
          const input = document.querySelector('input[data-testid=weight-popularity]');
          const columnText = c => [...document.querySelectorAll(`[data-testid=column-${c}] [data-testid^=card-]`)]
            .map(card => card.dataset.testid + '=' + card.textContent).join('|');
          const signature = () => Array.from({ length: columns }, (_, c) => columnText(c));
          const moves = [];
          const end = performance.now() + durationMs;
          let high = true;
          while (true) {
            await new Promise(resolve => setTimeout(resolve, 1000 + Math.random() * 1000));
            if (performance.now() >= end) break;
            const before = signature();
            let observer;
            const changed = new Promise(resolve => {
              observer = new MutationObserver(() => {
                if (signature().every((text, c) => text !== before[c])) resolve(performance.now());
              });
              observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
            });
            const timeout = new Promise(resolve => setTimeout(() => resolve(-1), patienceMs));
            const start = performance.now();
            input.value = String(high ? 0.6 : 0.15);
            high = !high;
            input.dispatchEvent(new Event('input', { bubbles: true }));
            const dom = await Promise.race([changed, timeout]);
            observer.disconnect();
            const rank = document.querySelector('[data-testid=rank-time]')?.textContent ?? '';
            const server = Number((rank.match(/ranked in ([0-9.]+) ms/) ?? [])[1] ?? -1);
            moves.push({ dom: dom < 0 ? -1 : dom - start, server });
          }
          return moves;
        }
        """;

    private readonly record struct Move(double DomMs, double ServerMs);

    public static int Run(SliderLoadSettings settings) => RunAsync(settings).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(SliderLoadSettings settings)
    {
        if (!File.Exists(Chromium))
        {
            Console.Error.WriteLine($"load-sliders: Chromium not found at {Chromium} (apt-get install chromium).");
            return 1;
        }
        Console.WriteLine($"load-sliders: {MachineLoad.Now()} before the start");
        WorkbenchProcess? app = null;
        try
        {
            (string address, app) = await WorkbenchProcess.AttachOrStartAsync(settings.Url, new Dictionary<string, string>());

            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ChromiumArgs });
            bool met = true;
            var summary = new List<string>();
            int serverPid = app?.ProcessId ?? -1;
            // Warm-up (not counted): one tab moves for 10 s, so the first count does not pay for the server's JIT.
            var warm = await MeasureAsync(browser, address, 1, 10, serverPid);
            Console.WriteLine($"Warm-up: 1 user × 10 s, {warm.Moves.Count} moves (not counted)");
            foreach (int users in settings.Users)
            {
                var (moves, failed, cpu) = await MeasureAsync(browser, address, users, settings.Seconds, serverPid);
                var dom = Latencies.Of(moves.Select(m => m.DomMs));
                var server = Latencies.Of(moves.Select(m => m.ServerMs).Where(ms => ms >= 0));
                string load = MachineLoad.Now();
                string line = string.Create(CultureInfo.InvariantCulture,
                    $"{users,3} users × {settings.Seconds} s: {moves.Count} moves, {failed} without a DOM update; slider → DOM {dom}; server ranking p50 {server.P50:0.0} ms, p95 {server.P95:0.0} ms; {load}");
                Console.WriteLine(line);
                int count = Math.Max(1, moves.Count + failed);
                string unmeasured = serverPid < 0 ? " (server: not started by this command, not measured)" : "";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"      CPU during the moving: server {cpu.Server:0.0} s ({cpu.Server * 1000 / count:0} ms a move), Chromium {cpu.Browsers:0.0} s ({cpu.Browsers * 1000 / count:0} ms a move) in {cpu.Wall:0.0} s of wall time{unmeasured}"));
                summary.Add(line);
                if (failed > 0 || dom.Count == 0 || (users == settings.Users.Max() && dom.P95 > TargetP95Ms)) met = false;
            }
            Console.WriteLine();
            Console.WriteLine($"Summary (target: p95 ≤ {TargetP95Ms} ms at {settings.Users.Max()} users, every move updates the DOM): {(met ? "met" : "NOT met")}");
            foreach (string line in summary) Console.WriteLine("  " + line);
            return met ? 0 : 1;
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or FileNotFoundException or DirectoryNotFoundException or PlaywrightException)
        {
            Console.Error.WriteLine($"load-sliders: {ex.Message}");
            return 1;
        }
        finally
        {
            if (app is not null) await app.DisposeAsync();
        }
    }

    /// <summary>Opens <paramref name="users"/> tabs on Compare (one after another), then lets them all move sliders at once.</summary>
    private static async Task<(List<Move> Moves, int Failed, (double Server, double Browsers, double Wall) Cpu)> MeasureAsync(
        IBrowser browser, string address, int users, int seconds, int serverPid)
    {
        var contexts = new List<IBrowserContext>();
        try
        {
            var pages = new List<IPage>();
            for (int u = 0; u < users; u++)
            {
                var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1600, Height = 1100 } });
                contexts.Add(context);
                var page = await context.NewPageAsync();
                page.SetDefaultTimeout(180_000);
                await page.GotoAsync($"{address}/compare");
                await page.WaitForSelectorAsync("[data-interactive=true]");
                await page.WaitForSelectorAsync($"[data-testid=column-{Columns - 1}] [data-testid^=card-]");
                pages.Add(page);
            }
            var before = ProcessCpu.Seconds(serverPid);
            var wall = Stopwatch.StartNew();
            var runs = await Task.WhenAll(pages.Select(page =>
                page.EvaluateAsync<JsonElement>(Script, new { durationMs = seconds * 1000, columns = Columns, patienceMs = PatienceMs })));
            var after = ProcessCpu.Seconds(serverPid);
            var cpu = (after.Tree - before.Tree, after.OtherChildren - before.OtherChildren, wall.Elapsed.TotalSeconds);
            var moves = new List<Move>();
            int failed = 0;
            foreach (var run in runs)
            {
                foreach (var move in run.EnumerateArray())
                {
                    double dom = move.GetProperty("dom").GetDouble();
                    if (dom < 0) failed++;
                    else moves.Add(new Move(dom, move.GetProperty("server").GetDouble()));
                }
            }
            return (moves, failed, cpu);
        }
        finally
        {
            foreach (var context in contexts) await context.CloseAsync();
        }
    }
}
