using ColdStart.Engine.Evaluation;

namespace ColdStart.Workbench.Lab;

/// <summary>One strategy's metric in two runs at the same protocol and k; a side is null when that run lacks the strategy.</summary>
public sealed record RunComparisonRow(string Strategy, bool Baseline, BootstrapInterval? First, BootstrapInterval? Second)
{
    /// <summary>Second minus first, when both runs have the strategy.</summary>
    public double? Difference => First is { } a && Second is { } b ? b.Mean - a.Mean : null;
}
