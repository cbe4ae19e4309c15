using System.Globalization;
using ColdStart.Engine.Evaluation;

namespace ColdStart.Workbench.Cli;

/// <summary>A text progress bar on a writer (stderr): one line per step, e.g. <c>[######--------------]  30% New user, fold 2/5: training</c>.</summary>
/// <remarks>Reports arrive synchronously on the evaluating thread, so lines come out in order.</remarks>
public sealed class ProgressBar(TextWriter writer) : IProgress<EvaluationProgress>
{
    private const int Width = 20;
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();

    public void Report(EvaluationProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        double fraction = Math.Clamp(value.Fraction, 0, 1);
        int filled = (int)Math.Round(fraction * Width);
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"[{new string('#', filled)}{new string('-', Width - filled)}] {Math.Round(fraction * 100),3:0}% {_clock.Elapsed.TotalSeconds,6:0.0}s  {value.Message}"));
    }
}
