using System.Text.Json;
using Microsoft.Playwright;

namespace ColdStart.EndToEnd.Tests;

/// <summary>One slider move measured in the browser.</summary>
/// <param name="Value">The value the slider was set to.</param>
/// <param name="DomMs">From just before the input event to the mutation after which every column's cards differ.</param>
/// <param name="FrameMs">From just before the input event to the next animation frame after that mutation (paint).</param>
/// <param name="ServerRankMs">What the page reports for ranking all columns on the server.</param>
public sealed record SliderMove(double Value, double DomMs, double FrameMs, double ServerRankMs)
{
    /// <summary>True when every column's cards changed after the move (the probe reports a negative time otherwise).</summary>
    public bool ReRanked => DomMs >= 0;
}

/// <summary>
/// Measures, inside the page, the time from a weight slider's input event to the updated DOM of every compare column:
/// <c>performance.now()</c> before dispatching the event, a MutationObserver that stops the clock when the cards' text
/// (order, scores) of every column has changed, and the next <c>requestAnimationFrame</c> for the painted frame.
/// </summary>
public static class SliderLatencyProbe
{
    /// <summary>How long one move may take to change every column before it counts as not updating the DOM (-1).</summary>
    public const int PatienceMs = 30_000;

    private const string Script = """
        async ({ slider, values, columns, settleMs, patienceMs }) => {
          const input = document.querySelector(`input[data-testid=${slider}]`);
          const columnText = c => [...document.querySelectorAll(`[data-testid=column-${c}] [data-testid^=card-]`)]
            .map(card => card.dataset.testid + '=' + card.textContent).join('|');
          const signature = () => Array.from({ length: columns }, (_, c) => columnText(c));
          const runs = [];
          for (const value of values) {
            const before = signature();
            let observer;
            const changed = new Promise(resolve => {
              observer = new MutationObserver(() => {
                const now = signature();
                if (now.every((text, c) => text !== before[c])) resolve(performance.now());
              });
              observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
            });
            const timeout = new Promise(resolve => setTimeout(() => resolve(-1), patienceMs));
            const start = performance.now();
            input.value = String(value);
            input.dispatchEvent(new Event('input', { bubbles: true }));
            const dom = await Promise.race([changed, timeout]);
            observer.disconnect();
            const frame = await new Promise(resolve => requestAnimationFrame(() => resolve(performance.now())));
            const rank = document.querySelector('[data-testid=rank-time]')?.textContent ?? '';
            const server = Number((rank.match(/ranked in ([0-9.]+) ms/) ?? [])[1] ?? -1);
            runs.push({ value, dom: dom < 0 ? -1 : dom - start, frame: dom < 0 ? -1 : frame - start, server });
            await new Promise(resolve => setTimeout(resolve, settleMs));
          }
          return runs;
        }
        """;

    /// <summary>Moves the slider <paramref name="sliderTestId"/> to each value in turn and times every move.</summary>
    public static async Task<IReadOnlyList<SliderMove>> MeasureAsync(IPage page, string sliderTestId, IReadOnlyList<double> values, int columns, int settleMs = 250)
    {
        var result = await page.EvaluateAsync<JsonElement>(Script, new { slider = sliderTestId, values, columns, settleMs, patienceMs = PatienceMs });
        var moves = new List<SliderMove>();
        foreach (var run in result.EnumerateArray())
            moves.Add(new SliderMove(run.GetProperty("value").GetDouble(), run.GetProperty("dom").GetDouble(),
                run.GetProperty("frame").GetDouble(), run.GetProperty("server").GetDouble()));
        return moves;
    }

    /// <summary>The median (mean of the middle two for an even count).</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) throw new ArgumentException("No values to take the median of.", nameof(values));
        int mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
