using ColdStart.Data.Stores;
using ColdStart.Engine.Scoring;

namespace ColdStart.Workbench.Compare;

/// <summary>The one rule for which strategies the pages offer: the stored ones, or the built-in presets when none is stored.</summary>
public static class StrategyChoices
{
    public static IReadOnlyList<Strategy> Of(IReadOnlyList<StoredStrategy> stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return stored.Count > 0 ? [.. stored.Select(s => s.Strategy)] : Strategy.Presets;
    }
}
