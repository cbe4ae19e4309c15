using ColdStart.Engine.Evaluation;

namespace ColdStart.Workbench.Lab;

/// <summary>What the lab's charts and tables read from an <see cref="EvaluationReport"/>: curves over k, rows at one k, lifts, comparisons.</summary>
public static class LabReportView
{
    /// <summary>The protocols present in the report, in report order.</summary>
    public static IReadOnlyList<EvaluationProtocol> Protocols(EvaluationReport report) =>
        [.. report.Rows.Select(r => r.Protocol).Distinct()];

    /// <summary>The k values of the new-user rows, ascending.</summary>
    public static IReadOnlyList<int> KValues(EvaluationReport report) =>
        [.. report.Rows.Where(r => r.Protocol == EvaluationProtocol.NewUser && r.K is not null).Select(r => r.K!.Value).Distinct().Order()];

    /// <summary>Per strategy (report order: baselines, then strategies), <paramref name="metric"/> against k under the new-user protocol.</summary>
    public static IReadOnlyList<ColdStartCurve> Curves(EvaluationReport report, string metric)
    {
        var curves = new List<ColdStartCurve>();
        foreach (var group in report.Rows.Where(r => r.Protocol == EvaluationProtocol.NewUser && r.K is not null).GroupBy(r => r.Strategy))
        {
            var rows = group.Where(r => r.Metrics.ContainsKey(metric)).OrderBy(r => r.K).ToList();
            if (rows.Count == 0) continue;
            curves.Add(new ColdStartCurve(group.Key, rows[0].Baseline, [.. rows.Select(r => r.K!.Value)], [.. rows.Select(r => r.Metrics[metric])]));
        }
        return curves;
    }

    /// <summary>The rows of one protocol at one k (null k for the new-item protocol), in report order.</summary>
    public static IReadOnlyList<EvaluationRow> RowsAt(EvaluationReport report, EvaluationProtocol protocol, int? k) =>
        [.. report.Rows.Where(r => r.Protocol == protocol && r.K == (protocol == EvaluationProtocol.NewItem ? null : k))];

    /// <summary>
    /// Relative lift of <paramref name="row"/> over global popularity on <paramref name="metric"/> at the same protocol and
    /// k, e.g. 0.12 for +12%; null when the report has no such popularity row or its mean is 0.
    /// </summary>
    public static double? Lift(EvaluationReport report, EvaluationRow row, string metric)
    {
        var popularity = report.Find(Baselines.GlobalPopularity, row.Protocol, row.K);
        if (popularity is null || !popularity.Metrics.TryGetValue(metric, out var reference) || reference.Mean == 0) return null;
        return row.Metrics.TryGetValue(metric, out var value) ? (value.Mean - reference.Mean) / reference.Mean : null;
    }

    /// <summary>Every strategy of either run (the first run's order, then the second's additions) on one metric, protocol and k.</summary>
    public static IReadOnlyList<RunComparisonRow> Compare(EvaluationReport first, EvaluationReport second, EvaluationProtocol protocol, int? k, string metric)
    {
        var a = RowsAt(first, protocol, k);
        var b = RowsAt(second, protocol, k);
        var names = a.Select(r => r.Strategy).Concat(b.Select(r => r.Strategy)).Distinct(StringComparer.OrdinalIgnoreCase);
        return [.. names.Select(name =>
        {
            var left = a.FirstOrDefault(r => string.Equals(r.Strategy, name, StringComparison.OrdinalIgnoreCase));
            var right = b.FirstOrDefault(r => string.Equals(r.Strategy, name, StringComparison.OrdinalIgnoreCase));
            return new RunComparisonRow(name, (left ?? right)!.Baseline, Interval(left, metric), Interval(right, metric));
        })];
    }

    private static BootstrapInterval? Interval(EvaluationRow? row, string metric) =>
        row is not null && row.Metrics.TryGetValue(metric, out var value) ? value : null;
}
