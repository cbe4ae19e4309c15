namespace ColdStart.Data.Import;

/// <summary>Counts free-text tags per movie; an item keeps its most frequent tags (lower case, ties alphabetical).</summary>
internal sealed class MovieTags
{
    /// <summary>Most tags kept per item.</summary>
    public const int MaxPerItem = 10;

    private readonly Dictionary<int, Dictionary<string, int>> _counts = [];

    public void Add(int item, string tag)
    {
        var text = tag.Trim().ToLowerInvariant();
        if (text.Length == 0) return;
        if (!_counts.TryGetValue(item, out var counts)) _counts[item] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
        counts[text] = counts.GetValueOrDefault(text) + 1;
    }

    /// <summary>The item's tags, most frequent first, at most <see cref="MaxPerItem"/>.</summary>
    public IReadOnlyList<string> For(int item)
    {
        if (!_counts.TryGetValue(item, out var counts)) return [];
        return counts
            .OrderByDescending(p => p.Value)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(MaxPerItem)
            .Select(p => p.Key)
            .ToArray();
    }
}
