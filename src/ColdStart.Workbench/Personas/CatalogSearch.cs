using ColdStart.Engine.Domain;

namespace ColdStart.Workbench.Personas;

/// <summary>Search-as-you-type over the catalog for the seed-item picker: titles (or ids) containing the text, in catalog order.</summary>
public static class CatalogSearch
{
    /// <summary>At most <paramref name="max"/> items whose title or id contains <paramref name="text"/> (case-insensitive); none for blank text.</summary>
    public static IReadOnlyList<Item> Find(IReadOnlyList<Item> items, string? text, int max)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        if (string.IsNullOrWhiteSpace(text) || max == 0) return [];
        var query = text.Trim();
        var matches = new List<Item>(Math.Min(max, items.Count));
        foreach (var item in items)
        {
            if (!item.Title.Contains(query, StringComparison.OrdinalIgnoreCase) && !item.Id.Contains(query, StringComparison.OrdinalIgnoreCase))
                continue;
            matches.Add(item);
            if (matches.Count == max) break;
        }
        return matches;
    }
}
