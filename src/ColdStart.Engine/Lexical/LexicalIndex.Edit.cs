using ColdStart.Engine.Domain;

namespace ColdStart.Engine.Lexical;

public sealed partial class LexicalIndex
{
    /// <summary>
    /// The index of <paramref name="items"/>, which differ from this index's items only at <paramref name="index"/>
    /// (formerly <paramref name="previous"/>; e.g. after a tag edit), without re-reading the catalog: the document
    /// frequencies of the terms the item gained or lost are updated, the rows holding those terms are rescaled by
    /// their new idf and re-normalised, and the item's own row is rebuilt. Equal to <see cref="Build"/> of
    /// <paramref name="items"/> up to float rounding; when a term crosses the max-df cut-off it is <see cref="Build"/>.
    /// </summary>
    public LexicalIndex WithItem(IReadOnlyList<Item> items, int index, Item previous)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(previous);
        if (items.Count != Items) throw new ArgumentException($"Expected {Items} items (one per row), got {items.Count}.", nameof(items));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Items, nameof(index));
        var before = Counts(Tokens(previous));
        var after = Counts(Tokens(items[index]));
        var terms = new Dictionary<string, int>(_terms, StringComparer.Ordinal);
        var df = new List<int>(_df);
        foreach (var token in after.Keys)
            if (!terms.ContainsKey(token))
            {
                terms[token] = terms.Count;
                df.Add(0);
            }
        var idf = new float[terms.Count];
        _idf.CopyTo(idf, 0);
        var scale = new Dictionary<int, float>();
        bool cut = Items >= MinItemsForMaxDf;
        foreach (var token in before.Keys.Union(after.Keys))
        {
            int t = terms[token];
            int change = (after.ContainsKey(token) ? 1 : 0) - (before.ContainsKey(token) ? 1 : 0);
            if (change == 0 && t < _idf.Length) continue;
            df[t] += change;
            bool dropped = cut && df[t] > MaxDocumentShare * Items;
            bool wasDropped = t < _idf.Length && _idf[t] == 0;
            if (t < _idf.Length && dropped != wasDropped) return Build(items);
            idf[t] = dropped ? 0 : Idf(Items, df[t]);
            if (t < _idf.Length && !dropped) scale[t] = idf[t] / _idf[t];
        }
        var row = Row(after, terms, idf);
        var start = new int[Items + 1];
        for (int i = 0; i < Items; i++) start[i + 1] = start[i] + (i == index ? row.Length : _itemStart[i + 1] - _itemStart[i]);
        var itemTerm = new int[start[^1]];
        var itemWeight = new float[start[^1]];
        Array.Copy(_itemTerm, 0, itemTerm, 0, _itemStart[index]);
        Array.Copy(_itemWeight, 0, itemWeight, 0, _itemStart[index]);
        for (int k = 0; k < row.Length; k++) (itemTerm[start[index] + k], itemWeight[start[index] + k]) = row[k];
        int rest = _itemStart[Items] - _itemStart[index + 1];
        Array.Copy(_itemTerm, _itemStart[index + 1], itemTerm, start[index + 1], rest);
        Array.Copy(_itemWeight, _itemStart[index + 1], itemWeight, start[index + 1], rest);
        foreach (int i in RowsWith(scale.Keys, index)) Rescale(itemTerm, itemWeight, start[i], start[i + 1], scale);
        return new LexicalIndex(terms, idf, [.. df], start, itemTerm, itemWeight);
    }

    private static Dictionary<string, int> Counts(List<string> tokens)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in tokens) counts[token] = counts.GetValueOrDefault(token) + 1;
        return counts;
    }

    /// <summary>The unit row of one item's token counts under <paramref name="idf"/>, by term id; dropped terms left out.</summary>
    private static (int Term, float Weight)[] Row(Dictionary<string, int> counts, Dictionary<string, int> terms, float[] idf)
    {
        var row = new List<(int Term, float Weight)>(counts.Count);
        double norm = 0;
        foreach (var (token, c) in counts)
        {
            int t = terms[token];
            if (idf[t] == 0) continue;
            float w = (float)((1 + Math.Log(c)) * idf[t]);
            row.Add((t, w));
            norm += (double)w * w;
        }
        row.Sort((a, b) => a.Term.CompareTo(b.Term));
        if (norm > 0)
            for (int k = 0; k < row.Count; k++) row[k] = (row[k].Term, (float)(row[k].Weight / Math.Sqrt(norm)));
        return [.. row];
    }

    /// <summary>The items other than <paramref name="except"/> whose rows hold any of <paramref name="terms"/> (this index's postings).</summary>
    private SortedSet<int> RowsWith(IEnumerable<int> terms, int except)
    {
        var rows = new SortedSet<int>();
        foreach (int t in terms)
            for (int p = _termStart[t]; p < _termStart[t + 1]; p++)
                if (_termItem[p] != except) rows.Add(_termItem[p]);
        return rows;
    }

    /// <summary>Multiplies the weights of the rescaled terms in one unit row and makes it unit length again.</summary>
    private static void Rescale(int[] itemTerm, float[] itemWeight, int from, int to, Dictionary<int, float> scale)
    {
        double norm = 0;
        for (int p = from; p < to; p++)
        {
            if (scale.TryGetValue(itemTerm[p], out float s)) itemWeight[p] *= s;
            norm += (double)itemWeight[p] * itemWeight[p];
        }
        if (norm > 0)
            for (int p = from; p < to; p++) itemWeight[p] = (float)(itemWeight[p] / Math.Sqrt(norm));
    }
}
