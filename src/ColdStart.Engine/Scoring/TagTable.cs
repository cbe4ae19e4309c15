using ColdStart.Engine.Domain;

namespace ColdStart.Engine.Scoring;

/// <summary>Tags of all items: tag → items (postings) and item → tags, case-insensitive.</summary>
public sealed class TagTable
{
    private readonly Dictionary<string, int[]> _itemsByTag;

    private TagTable(Dictionary<string, int[]> itemsByTag) => _itemsByTag = itemsByTag;

    /// <summary>All distinct tags with their item counts, most used first.</summary>
    public IEnumerable<(string Tag, int Count)> All =>
        _itemsByTag.Select(p => (p.Key, p.Value.Length)).OrderByDescending(p => p.Length).ThenBy(p => p.Key, StringComparer.Ordinal);

    public bool Contains(string tag) => _itemsByTag.ContainsKey(tag);

    /// <summary>Indices of the items carrying <paramref name="tag"/>, ascending; empty for an unknown tag.</summary>
    public ReadOnlySpan<int> ItemsWith(string tag) => _itemsByTag.TryGetValue(tag, out var items) ? items : [];

    public static TagTable Create(IReadOnlyList<Item> items)
    {
        var lists = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < items.Count; i++)
            foreach (var tag in items[i].Tags)
            {
                if (!lists.TryGetValue(tag, out var list)) lists[tag] = list = [];
                if (list.Count == 0 || list[^1] != i) list.Add(i);
            }
        var postings = new Dictionary<string, int[]>(lists.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (tag, list) in lists) postings[tag] = [.. list];
        return new TagTable(postings);
    }
}
