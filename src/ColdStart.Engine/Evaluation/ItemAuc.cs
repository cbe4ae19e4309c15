namespace ColdStart.Engine.Evaluation;

/// <summary>
/// The per-item AUC of the new-item protocol: does a row show each new item to the users who want it? For each held-out
/// item and each test user, the item's percentile among the held-out items in that user's full ranking (1 = first of
/// them, 0 = last or not rankable); per item, the Mann–Whitney probability that a user who took it has a higher
/// percentile than a user who did not (ties count half). Percentiles are taken among the new items only, so a user's
/// history length (how many established items it has already seen) does not enter: popularity, which ties every new
/// item, and random both score 0.5. Where new items stand against established ones is NDCG's and New@20's business.
/// Thread-safe for distinct (ranker, case) pairs.
/// </summary>
internal sealed class ItemAuc
{
    private readonly int[] _slotOf;
    private readonly IReadOnlyList<NewItemCase> _cases;
    private readonly IReadOnlyList<int> _items;
    private readonly float[][][] _percentiles;

    /// <param name="heldOutItems">The held-out items (catalog indices).</param>
    /// <param name="cases">The test users, in slot order; a user took an item when it is in its relevant set.</param>
    /// <param name="catalogSize">Items in the catalog.</param>
    /// <param name="rankers">Rows measured.</param>
    public ItemAuc(IReadOnlyList<int> heldOutItems, IReadOnlyList<NewItemCase> cases, int catalogSize, int rankers)
    {
        _items = heldOutItems;
        _cases = cases;
        _slotOf = new int[catalogSize];
        Array.Fill(_slotOf, -1);
        for (int h = 0; h < heldOutItems.Count; h++) _slotOf[heldOutItems[h]] = h;
        _percentiles = new float[rankers][][];
        for (int r = 0; r < rankers; r++)
        {
            _percentiles[r] = new float[heldOutItems.Count][];
            for (int h = 0; h < heldOutItems.Count; h++) _percentiles[r][h] = new float[cases.Count];
        }
    }

    /// <summary>Records where the held-out items stand among themselves in <paramref name="order"/>, ranker <paramref name="ranker"/>'s full list for case <paramref name="slot"/>.</summary>
    public void Record(int ranker, int slot, IReadOnlyList<int> order)
    {
        var table = _percentiles[ranker];
        int listed = 0;
        foreach (int item in order) if (_slotOf[item] >= 0) listed++;
        float last = Math.Max(1, listed - 1);
        int position = 0;
        foreach (int item in order)
        {
            int h = _slotOf[item];
            if (h >= 0) table[h][slot] = 1f - position++ / last;
        }
    }

    /// <summary>The AUC of every held-out item that has both takers and non-takers among the cases, for one ranker.</summary>
    public float[] PerItem(int ranker)
    {
        var result = new List<float>(_items.Count);
        var takers = new bool[_cases.Count];
        for (int h = 0; h < _items.Count; h++)
        {
            int item = _items[h];
            for (int c = 0; c < _cases.Count; c++) takers[c] = _cases[c].Relevant.Contains(item);
            if (Auc(_percentiles[ranker][h], takers) is { } auc) result.Add((float)auc);
        }
        return [.. result];
    }

    /// <summary>
    /// Mann–Whitney AUC of <paramref name="scores"/> separating <paramref name="positive"/> from the rest, ties counted
    /// half (mid-ranks); null without a positive or without a negative.
    /// </summary>
    public static double? Auc(ReadOnlySpan<float> scores, ReadOnlySpan<bool> positive)
    {
        if (scores.Length != positive.Length) throw new ArgumentException("Scores and labels must have the same length.");
        int n = scores.Length, positives = 0;
        foreach (bool p in positive) if (p) positives++;
        int negatives = n - positives;
        if (positives == 0 || negatives == 0) return null;
        var order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        var keys = scores.ToArray();
        Array.Sort(keys, order);
        double rankSum = 0;
        for (int start = 0; start < n;)
        {
            int end = start;
            while (end + 1 < n && keys[end + 1] == keys[start]) end++;
            double midRank = (start + end) / 2.0 + 1;
            for (int i = start; i <= end; i++) if (positive[order[i]]) rankSum += midRank;
            start = end + 1;
        }
        return (rankSum - positives * (positives + 1) / 2.0) / ((double)positives * negatives);
    }
}
