using System.Globalization;
using System.Text;
using ColdStart.Engine.Evaluation;
using ColdStart.Workbench.Compare;
using ColdStart.Workbench.Export;

namespace ColdStart.Workbench.Lab;

/// <summary>
/// A stored lab run's results as CSV (RFC 4180, comma, CRLF): one row per strategy or baseline × protocol × k, with every
/// metric's mean and its 95% bootstrap interval (lower, upper) and the lift of each metric's mean over global popularity
/// at the same protocol and k.
/// </summary>
public static class LabCsv
{
    /// <summary>The header row's fields, in order.</summary>
    public static IReadOnlyList<string> Header { get; } =
    [
        "run", "dataset", "protocol", "k", "strategy", "baseline", "users",
        .. MetricNames.All.SelectMany(m => new[] { m, m + "_lower", m + "_upper", m + "_lift" }),
    ];

    public static string Write(int runId, EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var csv = new StringBuilder();
        CompareCsv.AppendRow(csv, Header);
        var fields = new List<string>(Header.Count);
        foreach (var row in report.Rows)
        {
            fields.Clear();
            fields.AddRange([
                Number(runId), CompareCsv.Text(report.Dataset), row.Protocol == EvaluationProtocol.NewUser ? "new-user" : "new-item",
                row.K is { } k ? Number(k) : "", CompareCsv.Text(row.Strategy), row.Baseline ? "true" : "false", Number(row.Users)]);
            foreach (var metric in MetricNames.All)
            {
                if (row.Metrics.TryGetValue(metric, out var value))
                    fields.AddRange([Number(value.Mean), Number(value.Lower), Number(value.Upper), LabReportView.Lift(report, row, metric) is { } lift ? Number(lift) : ""]);
                else fields.AddRange(["", "", "", ""]);
            }
            CompareCsv.AppendRow(csv, fields);
        }
        return csv.ToString();
    }

    /// <summary>lab-run-{id}-{dataset}.csv, the dataset's name reduced to letters, digits, '-' and '_'.</summary>
    public static string FileName(int runId, string dataset) =>
        $"lab-run-{runId}-{ExportFiles.Safe(dataset)}.csv";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
