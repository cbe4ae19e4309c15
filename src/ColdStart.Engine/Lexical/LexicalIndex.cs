using ColdStart.Engine.Domain;
using ColdStart.Engine.Text;

namespace ColdStart.Engine.Lexical;

/// <summary>
/// TF-IDF over every item's text — title, description, product type, category path and brand words, plus each tag and
/// the brand as whole tokens — with sublinear term frequency (1 + ln tf), smoothed idf (ln((1 + N) / (1 + df)) + 1)
/// and unit-length rows (Salton &amp; Buckley 1988). A visitor's query vector is the mean of its seed items' rows plus
/// the TF-IDF vector of its own words (interests and searches), so the component gives item-to-item content similarity
/// for clicks and query-to-item match for words, from the first day of an item's life. Sparse (postings per term),
/// immutable and thread-safe. Terms found in more than half of the items (in catalogs of 100+ items) are dropped, as
/// scikit-learn's max_df does: they say nothing about an item and would make every query touch most of the catalog.
/// </summary>
public sealed partial class LexicalIndex
{
    private readonly Dictionary<string, int> _terms;
    private readonly float[] _idf;
    private readonly int[] _itemStart;
    private readonly int[] _itemTerm;
    private readonly float[] _itemWeight;
    private readonly int[] _termStart;
    private readonly int[] _termItem;
    private readonly float[] _termWeight;
    private readonly int[] _df;

    private LexicalIndex(Dictionary<string, int> terms, float[] idf, int[] df, int[] itemStart, int[] itemTerm, float[] itemWeight)
    {
        _terms = terms;
        _idf = idf;
        _df = df;
        _itemStart = itemStart;
        _itemTerm = itemTerm;
        _itemWeight = itemWeight;
        Items = itemStart.Length - 1;
        (_termStart, _termItem, _termWeight) = Transpose(terms.Count, itemStart, itemTerm, itemWeight);
    }

    private const double MaxDocumentShare = 0.5;
    private const int MinItemsForMaxDf = 100;

    /// <summary>Number of items.</summary>
    public int Items { get; }

    /// <summary>Distinct terms.</summary>
    public int Terms => _terms.Count;

    /// <summary>The tokens of an item: words of its texts, then "#tag" and "@brand" whole tokens.</summary>
    public static List<string> Tokens(Item item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var tokens = new List<string>();
        tokens.AddRange(TextWords.Split(item.Title));
        tokens.AddRange(TextWords.Split(item.Description));
        tokens.AddRange(TextWords.Split(item.ProductType));
        tokens.AddRange(TextWords.Split(item.CategoryPath));
        tokens.AddRange(TextWords.Split(item.Brand));
        if (!string.IsNullOrWhiteSpace(item.Brand)) tokens.Add("@" + item.Brand.Trim().ToLowerInvariant());
        foreach (var tag in item.Tags)
        {
            if (string.IsNullOrWhiteSpace(tag)) continue;
            tokens.Add("#" + tag.Trim().ToLowerInvariant());
            foreach (var word in TextWords.Split(tag))
                if (word.Length >= 3 && word.Any(char.IsLetter)) tokens.Add(word);
        }
        return tokens;
    }

    /// <summary>Indexes <paramref name="items"/>.</summary>
    public static LexicalIndex Build(IReadOnlyList<Item> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var terms = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new List<Dictionary<int, int>>(items.Count);
        var df = new List<int>();
        foreach (var item in items)
        {
            var tf = new Dictionary<int, int>();
            foreach (var token in Tokens(item))
            {
                if (!terms.TryGetValue(token, out int t))
                {
                    terms[token] = t = terms.Count;
                    df.Add(0);
                }
                if (tf.TryGetValue(t, out int c)) tf[t] = c + 1;
                else
                {
                    tf[t] = 1;
                    df[t]++;
                }
            }
            counts.Add(tf);
        }
        var idf = new float[terms.Count];
        for (int t = 0; t < idf.Length; t++) idf[t] = Idf(items.Count, df[t]);
        if (items.Count >= MinItemsForMaxDf)
        {
            for (int t = 0; t < idf.Length; t++)
                if (df[t] > MaxDocumentShare * items.Count) idf[t] = 0;
            foreach (var tf in counts)
                foreach (var t in tf.Keys.Where(t => idf[t] == 0).ToList()) tf.Remove(t);
        }
        var start = new int[items.Count + 1];
        for (int i = 0; i < items.Count; i++) start[i + 1] = start[i] + counts[i].Count;
        var itemTerm = new int[start[^1]];
        var itemWeight = new float[start[^1]];
        for (int i = 0; i < items.Count; i++)
        {
            int p = start[i];
            double norm = 0;
            foreach (var (t, c) in counts[i].OrderBy(x => x.Key))
            {
                float w = (float)((1 + Math.Log(c)) * idf[t]);
                itemTerm[p] = t;
                itemWeight[p++] = w;
                norm += (double)w * w;
            }
            if (norm > 0)
                for (int q = start[i]; q < p; q++) itemWeight[q] = (float)(itemWeight[q] / Math.Sqrt(norm));
        }
        return new LexicalIndex(terms, idf, [.. df], start, itemTerm, itemWeight);
    }

    private static float Idf(int items, int df) => (float)(Math.Log((1.0 + items) / (1.0 + df)) + 1);

    /// <summary>The unit TF-IDF vector of free text (unknown words are ignored), as term → weight.</summary>
    public Dictionary<int, float> QueryVector(string? text)
    {
        var tf = new Dictionary<int, int>();
        foreach (var word in TextWords.Split(text))
            if (_terms.TryGetValue(word, out int t) && _idf[t] > 0) tf[t] = tf.GetValueOrDefault(t) + 1;
        var vector = new Dictionary<int, float>(tf.Count);
        double norm = 0;
        foreach (var (t, c) in tf)
        {
            float w = (float)((1 + Math.Log(c)) * _idf[t]);
            vector[t] = w;
            norm += (double)w * w;
        }
        if (norm > 0) foreach (var t in tf.Keys) vector[t] = (float)(vector[t] / Math.Sqrt(norm));
        return vector;
    }

    /// <summary>
    /// The visitor's query: the mean of the distinct seed items' rows plus the unit vector of <paramref name="text"/>;
    /// empty when there are neither.
    /// </summary>
    public Dictionary<int, float> ProfileVector(IReadOnlyList<int> seeds, string? text)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        var vector = QueryVector(text);
        var distinct = seeds.Where(s => (uint)s < (uint)Items).Distinct().ToArray();
        foreach (int s in distinct)
            for (int p = _itemStart[s]; p < _itemStart[s + 1]; p++)
                vector[_itemTerm[p]] = vector.GetValueOrDefault(_itemTerm[p]) + _itemWeight[p] / distinct.Length;
        return vector;
    }

    /// <summary>Per item, the dot product of its unit row with the profile vector of <paramref name="seeds"/> and <paramref name="text"/>.</summary>
    public float[] Score(IReadOnlyList<int> seeds, string? text)
    {
        var scores = new float[Items];
        AddScores(seeds, text, scores);
        return scores;
    }

    /// <summary>Adds <see cref="Score"/> into <paramref name="scores"/> (one value per item).</summary>
    /// <remarks>
    /// Catalogs of <see cref="ParallelFrom"/> items or more are scored on all cores, each core over its own range of
    /// items (postings are sorted by item, so each core finds its slice of every posting list by binary search).
    /// </remarks>
    public void AddScores(IReadOnlyList<int> seeds, string? text, float[] scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        if (scores.Length < Items) throw new ArgumentException($"The score array holds {scores.Length} values, the index has {Items} items.", nameof(scores));
        var query = ProfileVector(seeds, text).ToArray();
        int parts = Items >= ParallelFrom ? Math.Min(Environment.ProcessorCount, 8) : 1;
        if (parts <= 1)
        {
            AddRange(query, 0, Items, scores);
            return;
        }
        Parallel.For(0, parts, part =>
        {
            int from = (int)((long)Items * part / parts), to = (int)((long)Items * (part + 1) / parts);
            AddRange(query, from, to, scores);
        });
    }

    /// <summary>Catalogs from this size score their postings on all cores.</summary>
    public const int ParallelFrom = 32_768;

    private void AddRange(KeyValuePair<int, float>[] query, int from, int to, float[] scores)
    {
        foreach (var (t, w) in query)
        {
            int start = _termStart[t], end = _termStart[t + 1];
            if (from > 0 || to < Items)
            {
                int lo = Array.BinarySearch(_termItem, start, end - start, from);
                int hi = Array.BinarySearch(_termItem, start, end - start, to);
                start = lo < 0 ? ~lo : lo;
                end = hi < 0 ? ~hi : hi;
            }
            for (int p = start; p < end; p++) scores[_termItem[p]] += w * _termWeight[p];
        }
    }

    /// <summary>Cosine of two items' rows.</summary>
    public float Similarity(int a, int b)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)a, (uint)Items, nameof(a));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)b, (uint)Items, nameof(b));
        float dot = 0;
        int i = _itemStart[a], j = _itemStart[b];
        while (i < _itemStart[a + 1] && j < _itemStart[b + 1])
        {
            if (_itemTerm[i] == _itemTerm[j]) dot += _itemWeight[i++] * _itemWeight[j++];
            else if (_itemTerm[i] < _itemTerm[j]) i++;
            else j++;
        }
        return dot;
    }

    private static (int[] Start, int[] Item, float[] Weight) Transpose(int terms, int[] itemStart, int[] itemTerm, float[] itemWeight)
    {
        var start = new int[terms + 1];
        foreach (int t in itemTerm) start[t + 1]++;
        for (int t = 0; t < terms; t++) start[t + 1] += start[t];
        var fill = (int[])start.Clone();
        var item = new int[itemTerm.Length];
        var weight = new float[itemTerm.Length];
        for (int i = 0; i + 1 < itemStart.Length; i++)
            for (int p = itemStart[i]; p < itemStart[i + 1]; p++)
            {
                int q = fill[itemTerm[p]]++;
                item[q] = i;
                weight[q] = itemWeight[p];
            }
        return (start, item, weight);
    }
}
