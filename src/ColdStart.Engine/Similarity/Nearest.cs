using ColdStart.Engine.Scoring;

namespace ColdStart.Engine.Similarity;

/// <summary>
/// The nearest items, departments and tags of a vector, ranked by the scorer's rule: higher similarity first, equal
/// similarities in the fixed pseudo-random order of <see cref="TopK.TieKey"/> (never by catalog position). Item
/// similarity is <see cref="Cosines"/>; department similarity is the mean cosine of <see cref="Centroids"/>, exactly
/// the values of the persona × item and persona × department heatmaps.
/// </summary>
public static class Nearest
{
    /// <summary>The <paramref name="k"/> best of <paramref name="scores"/> (index = position), best first.</summary>
    public static Neighbour[] Top(ReadOnlySpan<float> scores, int k)
    {
        if (k <= 0 || scores.IsEmpty) return [];
        var top = new TopK(Math.Min(k, scores.Length));
        for (int i = 0; i < scores.Length; i++) top.Offer(scores[i], i);
        return Array.ConvertAll(top.Sorted(), p => new Neighbour(p.Index, p.Score));
    }

    /// <summary>The <paramref name="k"/> items whose rows in <paramref name="space"/> are nearest to <paramref name="query"/> by cosine.</summary>
    public static Neighbour[] Items(CatalogIndex catalog, ReadOnlySpan<float> query, SimilaritySpace space, int k)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return Top(Cosines.ToRows(query, catalog.Rows(space)), k);
    }

    /// <summary>The <paramref name="k"/> departments (indices into <see cref="CatalogIndex.Departments"/>) of highest mean cosine to <paramref name="query"/>.</summary>
    public static Neighbour[] Departments(Centroids departments, ReadOnlySpan<float> query, int k)
    {
        ArgumentNullException.ThrowIfNull(departments);
        return Top(departments.Affinities(query), k);
    }

    /// <summary>The <paramref name="k"/> tags most often carried by <paramref name="items"/>; equal counts by tag name (ordinal).</summary>
    public static IReadOnlyList<TagCount> Tags(CatalogIndex catalog, IEnumerable<Neighbour> items, int k)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(items);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
            foreach (var tag in catalog.Items[item.Index].Tags)
                counts[tag] = counts.GetValueOrDefault(tag) + 1;
        return
        [
            .. counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(k)
                .Select(c => new TagCount(c.Key, c.Value)),
        ];
    }
}
