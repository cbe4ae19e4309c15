namespace ColdStart.Workbench.Compare;

/// <summary>How an item's rank in a column differs from its rank in the first (reference) column.</summary>
/// <param name="IsNew">True when the item is not in the reference column's list.</param>
/// <param name="Delta">Reference rank minus this rank: positive = moved up, negative = moved down.</param>
public readonly record struct RankChange(bool IsNew, int Delta)
{
    /// <summary>"↑3", "↓2", "not in 1" (absent from the first column's list), or "=" when unchanged.</summary>
    public string Label => IsNew ? "not in 1" : Delta > 0 ? $"↑{Delta}" : Delta < 0 ? $"↓{-Delta}" : "=";

    /// <summary>Compares <paramref name="rank"/> with the reference ranks (item id → 1-based rank).</summary>
    public static RankChange Of(string itemId, int rank, IReadOnlyDictionary<string, int> referenceRanks) =>
        referenceRanks.TryGetValue(itemId, out int before) ? new RankChange(false, before - rank) : new RankChange(true, 0);
}
