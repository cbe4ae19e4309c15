namespace ColdStart.Engine.Evaluation;

/// <summary>One strategy or baseline under one protocol and one number of revealed interactions.</summary>
/// <param name="Strategy">Strategy or baseline name (see <see cref="Baselines"/>).</param>
/// <param name="Baseline">True for the baselines reported beside every evaluation.</param>
/// <param name="Protocol">The protocol measured.</param>
/// <param name="K">Interactions revealed per test user (new-user protocol); null for the new-item protocol.</param>
/// <param name="Users">Test cases measured (users with something left to find).</param>
/// <param name="Metrics">Metric name (<see cref="MetricNames"/>) → mean over users with its 95% bootstrap interval.</param>
public sealed record EvaluationRow(
    string Strategy,
    bool Baseline,
    EvaluationProtocol Protocol,
    int? K,
    int Users,
    IReadOnlyDictionary<string, BootstrapInterval> Metrics)
{
    /// <summary>The mean of one metric.</summary>
    /// <exception cref="KeyNotFoundException">The metric is not in this row.</exception>
    public double Mean(string metric) =>
        Metrics.TryGetValue(metric, out var value) ? value.Mean : throw new KeyNotFoundException($"Row '{Strategy}' has no metric '{metric}'.");
}
