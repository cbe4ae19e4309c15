using System.Globalization;
using System.Text;
using ColdStart.Engine.Evaluation;

namespace ColdStart.Workbench.Cli;

/// <summary>Writes an <see cref="EvaluationReport"/> as plain-text tables: one per protocol and k, a row per strategy.</summary>
public static class EvalTable
{
    private const int NameWidth = 22;
    private const int CellWidth = 15;

    /// <summary>The tables, the notes and the timings; each metric as mean ± half the 95% interval width.</summary>
    public static string Format(EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Dataset {report.Dataset}: {report.Items:N0} items, {report.Users:N0} users, {report.Events:N0} events. Mean ± half the 95% bootstrap interval.");
        foreach (var group in report.Rows.GroupBy(r => (r.Protocol, r.K)))
        {
            text.AppendLine().AppendLine(Title(group.Key.Protocol, group.Key.K, group.First().Users));
            text.Append("Strategy".PadRight(NameWidth));
            foreach (var metric in MetricNames.All) text.Append(metric.PadLeft(CellWidth));
            text.AppendLine();
            foreach (var row in group)
            {
                string name = row.Baseline ? row.Strategy : "* " + row.Strategy;
                text.Append((name.Length > NameWidth - 1 ? name[..(NameWidth - 1)] : name).PadRight(NameWidth));
                foreach (var metric in MetricNames.All) text.Append((row.Metrics.TryGetValue(metric, out var value) ? Cell(value) : "—").PadLeft(CellWidth));
                text.AppendLine();
            }
        }
        text.AppendLine().AppendLine("* = strategy; the other rows are baselines.");
        foreach (var note in report.Notes) text.AppendLine("- " + note);
        var t = report.Timings;
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Time: {t.TotalSeconds:0.0} s (training {t.TrainingSeconds:0.0} s, ranking {t.RankingSeconds:0.0} s on {t.Threads} threads, intervals {t.AggregationSeconds:0.0} s).");
        return text.ToString();
    }

    private static string Title(EvaluationProtocol protocol, int? k, int users) => protocol == EvaluationProtocol.NewUser
        ? string.Create(CultureInfo.InvariantCulture, $"New user, k = {k} revealed ({users:N0} test users)")
        : string.Create(CultureInfo.InvariantCulture, $"New item, held-out items only ({users:N0} test users)");

    private static string Cell(BootstrapInterval value) => value.Width == 0
        ? value.Mean.ToString("0.000", CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{value.Mean:0.000}±{value.Width / 2:0.000}");
}
