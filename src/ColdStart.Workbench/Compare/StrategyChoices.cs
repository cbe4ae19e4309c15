using ColdStart.Data.Stores;
using ColdStart.Engine.Scoring;

namespace ColdStart.Workbench.Compare;

/// <summary>
/// The one rule for which strategies the pages offer: the stored ones, then every built-in preset that no stored
/// strategy of the same name shadows (so each preset the lab knows can be chosen, even after a stored one was renamed).
/// </summary>
public static class StrategyChoices
{
    public static IReadOnlyList<Strategy> Of(IReadOnlyList<StoredStrategy> stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var names = stored.Select(s => s.Strategy.Name).ToHashSet(StringComparer.Ordinal);
        return [.. stored.Select(s => s.Strategy), .. Strategy.Presets.Where(p => !names.Contains(p.Name))];
    }

    /// <summary>The choices over the strategies stored now.</summary>
    public static async Task<IReadOnlyList<Strategy>> LoadAsync(StrategyStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return Of(await store.ListAsync(cancellationToken));
    }
}
