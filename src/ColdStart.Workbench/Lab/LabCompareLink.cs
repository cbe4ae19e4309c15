using ColdStart.Data.Stores;
using ColdStart.Engine.Scoring;

namespace ColdStart.Workbench.Lab;

/// <summary>
/// Where a lab result row opens in Compare: its strategy by name (<c>compare?strategy=Name</c>); the lab's Auto row
/// (tuned inside each fold) opens the stored "Auto · workspace" that Tune Auto made for the run's workspace. Baselines
/// are not strategies Compare can rank, so they have no link.
/// </summary>
public static class LabCompareLink
{
    public static string? For(string strategy, bool baseline, string workspace)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        if (baseline) return null;
        string name = string.Equals(strategy, Strategy.AutoName, StringComparison.Ordinal) ? TuningRecord.StrategyNameFor(workspace) : strategy;
        return $"compare?strategy={Uri.EscapeDataString(name)}";
    }
}
