using System.Globalization;
using ColdStart.Data.Entities;
using ColdStart.Engine.Evaluation;

namespace ColdStart.Workbench.Lab;

/// <summary>How the lab writes numbers, intervals, lifts, durations and protocols (invariant culture).</summary>
public static class LabFormat
{
    /// <summary>"0.1234 ± 0.0100" (± half the 95% interval's width); just the mean when the metric has no interval (coverage).</summary>
    public static string Interval(BootstrapInterval value, string metric) =>
        value.Width > 0 ? $"{Mean(value, metric)} ± {HalfWidth(value, metric)}" : Mean(value, metric);

    /// <summary>The mean with 4 decimals (novelty, in bits, with 2).</summary>
    public static string Mean(BootstrapInterval value, string metric) => value.Mean.ToString(Format(metric), CultureInfo.InvariantCulture);

    /// <summary>Half the interval's width, as <see cref="Mean"/> writes numbers.</summary>
    public static string HalfWidth(BootstrapInterval value, string metric) => (value.Width / 2).ToString(Format(metric), CultureInfo.InvariantCulture);

    private static string Format(string metric) => metric == MetricNames.Novelty ? "0.00" : "0.0000";

    /// <summary>"95% CI 0.1134 – 0.1334".</summary>
    public static string Bounds(BootstrapInterval value) =>
        string.Create(CultureInfo.InvariantCulture, $"95% CI {value.Lower:0.0000} – {value.Upper:0.0000}");

    /// <summary>"+12.3 %" / "−4.0 %" for a relative lift of 0.123 / −0.04; "—" when there is none.</summary>
    public static string Lift(double? lift) => lift switch
    {
        null => "—",
        >= 0 => string.Create(CultureInfo.InvariantCulture, $"+{lift * 100:0.0} %"),
        _ => string.Create(CultureInfo.InvariantCulture, $"−{-lift * 100:0.0} %"),
    };

    /// <summary>"+0.0123" / "−0.0040".</summary>
    public static string Difference(double value) => value >= 0
        ? string.Create(CultureInfo.InvariantCulture, $"+{value:0.0000}")
        : string.Create(CultureInfo.InvariantCulture, $"−{-value:0.0000}");

    /// <summary>"42 s", "3 min 05 s"; "—" when unknown.</summary>
    public static string Duration(double? seconds) => seconds switch
    {
        null => "—",
        < 60 => string.Create(CultureInfo.InvariantCulture, $"{seconds:0.0} s"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{(int)(seconds / 60)} min {(int)(seconds % 60):00} s"),
    };

    /// <summary>"2026-11-23 12:40" (UTC).</summary>
    public static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"Nov 23, 12:40" (UTC), for the runs list.</summary>
    public static string ShortTime(DateTime utc) => utc.ToString("MMM d, HH:mm", CultureInfo.InvariantCulture);

    public static string Protocol(EvaluationProtocol protocol) => protocol == EvaluationProtocol.NewUser ? "New user" : "New item";

    public static string Protocols(IEnumerable<EvaluationProtocol> protocols) => string.Join(" + ", protocols.Select(Protocol));

    /// <summary>What an opened run without a report says: failed (why), cancelled or still running.</summary>
    public static string RunMessage(ColdStart.Data.Stores.EvaluationRunSummary run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.Status switch
        {
            EvaluationRunStatus.Failed => $"This run failed: {run.Error}",
            EvaluationRunStatus.Cancelled => "This run was cancelled; it has no results.",
            EvaluationRunStatus.Running => "This run is still running; its results appear when it completes.",
            _ => "This run has no report.",
        };
    }

    /// <summary>A simulation's size, e.g. "100 sessions × 10 steps · exploration 0, 0.2 · seed 42" (and "· fixed profile" without adapting).</summary>
    public static string SimulationSettings(ColdStart.Engine.Simulation.SimulationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var o = settings.Options;
        string shares = string.Join(", ", settings.Shares.Select(s => s.ToString("0.##", CultureInfo.InvariantCulture)));
        return string.Create(CultureInfo.InvariantCulture, $"{o.Sessions:N0} sessions × {o.Steps} steps · exploration {shares} · seed {o.Seed}")
            + (o.Adapt ? "" : " · fixed profile");
    }

    public static string Status(EvaluationRunStatus status) => status switch
    {
        EvaluationRunStatus.Running => "running",
        EvaluationRunStatus.Completed => "completed",
        EvaluationRunStatus.Failed => "failed",
        _ => "cancelled",
    };
}
