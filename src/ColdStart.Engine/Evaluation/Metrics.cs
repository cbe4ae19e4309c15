namespace ColdStart.Engine.Evaluation;

/// <summary>
/// Offline ranking metrics as pure functions of one ranked list (item indices, best first, no duplicates) and the
/// set of relevant items, with binary relevance. NDCG after Järvelin &amp; Kekäläinen (2002); novelty as mean
/// self-information after Zhou et al. (2010); intra-list diversity after Ziegler et al. (2005).
/// </summary>
/// <remarks>Every per-user metric is 0 when <c>relevant</c> is empty; evaluations skip such users.</remarks>
public static class Metrics
{
    /// <summary>
    /// Normalised discounted cumulative gain at <paramref name="k"/>: DCG = Σ over relevant items at 0-based rank r &lt; k
    /// of 1 / log2(r + 2), divided by the DCG of an ideal list with min(k, |relevant|) hits on top.
    /// </summary>
    public static float NdcgAt(ReadOnlySpan<int> ranked, IReadOnlySet<int> relevant, int k)
    {
        CheckK(k);
        if (relevant.Count == 0) return 0f;
        double dcg = 0, ideal = 0;
        var depth = Math.Min(k, ranked.Length);
        for (var r = 0; r < depth; r++)
        {
            if (relevant.Contains(ranked[r])) dcg += 1.0 / Math.Log2(r + 2);
        }

        var idealHits = Math.Min(k, relevant.Count);
        for (var r = 0; r < idealHits; r++) ideal += 1.0 / Math.Log2(r + 2);
        return (float)(dcg / ideal);
    }

    /// <summary>Share of the relevant items found in the top <paramref name="k"/>: hits / |relevant|.</summary>
    public static float RecallAt(ReadOnlySpan<int> ranked, IReadOnlySet<int> relevant, int k)
    {
        CheckK(k);
        if (relevant.Count == 0) return 0f;
        return (float)HitsAt(ranked, relevant, k) / relevant.Count;
    }

    /// <summary>1 when at least one relevant item is in the top <paramref name="k"/>, else 0.</summary>
    public static float HitRateAt(ReadOnlySpan<int> ranked, IReadOnlySet<int> relevant, int k)
    {
        CheckK(k);
        return HitsAt(ranked, relevant, k) > 0 ? 1f : 0f;
    }

    /// <summary>1 / (1-based rank of the first relevant item in the whole list); 0 when none is ranked. Its mean over users is MRR.</summary>
    public static float ReciprocalRank(ReadOnlySpan<int> ranked, IReadOnlySet<int> relevant)
    {
        for (var r = 0; r < ranked.Length; r++)
        {
            if (relevant.Contains(ranked[r])) return 1f / (r + 1);
        }

        return 0f;
    }

    /// <summary>Share of the catalog that appears in at least one of the <paramref name="lists"/>.</summary>
    public static float CatalogCoverage(IEnumerable<int[]> lists, int catalogSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(catalogSize);
        var seen = new bool[catalogSize];
        var distinct = 0;
        foreach (var list in lists)
        {
            foreach (var item in list)
            {
                if ((uint)item >= (uint)catalogSize)
                    throw new ArgumentOutOfRangeException(nameof(lists), item, $"Item index must be in [0, {catalogSize}).");
                if (seen[item]) continue;
                seen[item] = true;
                distinct++;
            }
        }

        return (float)distinct / catalogSize;
    }

    /// <summary>
    /// Overlap of two top-N lists: |reference ∩ other| / <paramref name="n"/> (each shared item counted once); 0 when
    /// <paramref name="n"/> is 0. Compare's "overlap with column 1" and the persona × strategy grid.
    /// </summary>
    public static double Overlap<T>(IReadOnlyList<T> reference, IReadOnlyList<T> other, int n)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(other);
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        if (n == 0) return 0;
        var set = new HashSet<T>(reference);
        int shared = 0;
        foreach (var item in other) if (set.Remove(item)) shared++;
        return (double)shared / n;
    }

    /// <summary>Mean over unordered pairs of the list of 1 − similarity; 0 for lists shorter than two.</summary>
    public static float IntraListDiversity(ReadOnlySpan<int> list, Func<int, int, float> similarity)
    {
        if (list.Length < 2) return 0f;
        double sum = 0;
        for (var i = 0; i < list.Length; i++)
        {
            for (var j = i + 1; j < list.Length; j++) sum += 1.0 - similarity(list[i], list[j]);
        }

        var pairs = list.Length * (list.Length - 1) / 2.0;
        return (float)(sum / pairs);
    }

    /// <summary>
    /// Mean self-information −log2 p(i) of the listed items, where p(i) is the item's share of interactions
    /// (see <see cref="PopularityShares"/>); 0 for an empty list. Higher means less popular, more novel.
    /// </summary>
    public static float Novelty(ReadOnlySpan<int> list, ReadOnlySpan<float> popularityShare)
    {
        if (list.Length == 0) return 0f;
        double sum = 0;
        foreach (var item in list)
        {
            var p = popularityShare[item];
            if (!(p > 0 && p <= 1))
                throw new ArgumentOutOfRangeException(nameof(popularityShare), p, $"Popularity share of item {item} must be in (0, 1].");
            sum -= Math.Log2(p);
        }

        return (float)(sum / list.Length);
    }

    /// <summary>Add-one smoothed interaction shares p(i) = (c_i + 1) / (Σc + n), never zero, summing to 1.</summary>
    public static float[] PopularityShares(ReadOnlySpan<int> interactionCounts)
    {
        double total = interactionCounts.Length;
        foreach (var c in interactionCounts)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(c, nameof(interactionCounts));
            total += c;
        }

        var shares = new float[interactionCounts.Length];
        for (var i = 0; i < shares.Length; i++) shares[i] = (float)((interactionCounts[i] + 1) / total);
        return shares;
    }

    private static int HitsAt(ReadOnlySpan<int> ranked, IReadOnlySet<int> relevant, int k)
    {
        var hits = 0;
        var depth = Math.Min(k, ranked.Length);
        for (var r = 0; r < depth; r++)
        {
            if (relevant.Contains(ranked[r])) hits++;
        }

        return hits;
    }

    private static void CheckK(int k) => ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
}
