using ColdStart.Engine.Domain;
using ColdStart.Engine.Lexical;
using ColdStart.Engine.Neighbours;

namespace ColdStart.Engine.Scoring;

/// <summary>
/// What the <see cref="Scorer"/> reads about the catalog, in flat arrays: both vector spaces, standardised popularity and
/// freshness, and the departments, prices and tags that rules test. Immutable; edits return a new index.
/// </summary>
public sealed partial class CatalogIndex
{
    private CatalogIndex(
        IReadOnlyList<Item> items, VectorSpace collaborative, VectorSpace semantic,
        float[] popularity, float[] freshness, TagTable tags, string[] departments, int[] departmentOf,
        ItemNeighbours? neighbours, LexicalIndex? lexical, bool[]? cold)
    {
        Neighbours = neighbours;
        Lexical = lexical;
        Cold = cold ?? new bool[items.Count];
        var coldList = new List<int>();
        for (int i = 0; i < Cold.Length; i++) if (Cold[i]) coldList.Add(i);
        ColdItems = [.. coldList];
        ColdCollaborativeRows = Gather(collaborative, ColdItems);
        ColdSemanticRows = Gather(semantic, ColdItems);
        Items = items;
        Collaborative = collaborative;
        Semantic = semantic;
        Popularity = popularity;
        PopularityZ = Standardise(popularity, logScale: true);
        Freshness = freshness;
        FreshnessZ = Standardise(freshness, logScale: false);
        Tags = tags;
        Departments = departments;
        DepartmentOf = departmentOf;
        Prices = new float[items.Count];
        for (int i = 0; i < items.Count; i++) Prices[i] = items[i].Price;
        var byId = new Dictionary<string, int>(items.Count, StringComparer.Ordinal);
        for (int i = 0; i < items.Count; i++) byId.TryAdd(items[i].Id, i);
        ItemById = byId;
        _words = new ItemWords?[items.Count];
    }

    public IReadOnlyList<Item> Items { get; }
    public int Count => Items.Count;
    public VectorSpace Collaborative { get; }
    public VectorSpace Semantic { get; }

    /// <summary>Raw (time-decayed) popularity per item.</summary>
    public float[] Popularity { get; }

    /// <summary>Standardised log popularity per item (mean 0, sd 1 over the catalog).</summary>
    public float[] PopularityZ { get; }

    /// <summary>Freshness prior per item in [0, 1].</summary>
    public float[] Freshness { get; }

    /// <summary>Standardised freshness per item.</summary>
    public float[] FreshnessZ { get; }

    public TagTable Tags { get; }

    /// <summary>Distinct departments, sorted ordinally.</summary>
    public string[] Departments { get; }

    /// <summary>Index into <see cref="Departments"/> per item.</summary>
    public int[] DepartmentOf { get; }

    public float[] Prices { get; }
    public IReadOnlyDictionary<string, int> ItemById { get; }

    /// <summary>The item-to-item neighbour model, or null (the component then has no signal).</summary>
    public ItemNeighbours? Neighbours { get; }

    /// <summary>The TF-IDF index of the item texts, or null (the component then has no signal).</summary>
    public LexicalIndex? Lexical { get; }

    /// <summary>Per item, true when it had no interaction in training (a new item).</summary>
    public bool[] Cold { get; }

    /// <summary>Indices of the <see cref="Cold"/> items, ascending.</summary>
    public int[] ColdItems { get; }

    /// <summary>The collaborative rows of <see cref="ColdItems"/>, in that order, contiguous (new-item scoring streams them).</summary>
    internal float[] ColdCollaborativeRows { get; }

    /// <summary>The semantic rows of <see cref="ColdItems"/>, in that order, contiguous.</summary>
    internal float[] ColdSemanticRows { get; }

    private static float[] Gather(VectorSpace space, int[] items)
    {
        var rows = new float[items.Length * space.Dimension];
        for (int k = 0; k < items.Length; k++) space.Row(items[k]).CopyTo(rows.AsSpan(k * space.Dimension, space.Dimension));
        return rows;
    }

    /// <summary>Builds the index. Vector blocks must have one row per item; popularity and freshness one value per item.</summary>
    public static CatalogIndex Create(
        IReadOnlyList<Item> items, VectorSpace collaborative, VectorSpace semantic, float[] popularity, float[] freshness,
        ItemNeighbours? neighbours = null, LexicalIndex? lexical = null, bool[]? cold = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0) throw new ArgumentException("The catalog is empty: there are no items to rank.", nameof(items));
        Require(collaborative.Count, items.Count, "collaborative vectors");
        Require(semantic.Count, items.Count, "semantic vectors");
        Require(popularity.Length, items.Count, "popularity values");
        Require(freshness.Length, items.Count, "freshness values");
        if (neighbours is not null) Require(neighbours.Items, items.Count, "neighbour lists");
        if (lexical is not null) Require(lexical.Items, items.Count, "lexical rows");
        if (cold is not null) Require(cold.Length, items.Count, "new-item flags");
        var departments = items.Select(i => i.Department).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var departmentIds = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int d = 0; d < departments.Length; d++) departmentIds[departments[d]] = d;
        var departmentOf = new int[items.Count];
        for (int i = 0; i < items.Count; i++) departmentOf[i] = departmentIds[items[i].Department];
        return new CatalogIndex(items, collaborative, semantic, popularity, freshness, TagTable.Create(items), departments, departmentOf,
            neighbours, lexical, cold);

        static void Require(int actual, int expected, string what)
        {
            if (actual != expected) throw new ArgumentException($"Expected {expected} {what} (one per item), got {actual}.");
        }
    }

    /// <summary>
    /// A copy with one item's metadata and vectors replaced (after a tag edit re-encoded it); the TF-IDF index is updated
    /// for that item only (<see cref="LexicalIndex.WithItem"/>).
    /// </summary>
    public CatalogIndex WithItem(int index, Item item, ReadOnlySpan<float> semantic, ReadOnlySpan<float> collaborative)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        var items = Items.ToArray();
        items[index] = item;
        return Create(items, Collaborative.WithRow(index, collaborative), Semantic.WithRow(index, semantic), Popularity, Freshness,
            Neighbours, Lexical?.WithItem(items, index, Items[index]), Cold);
    }

    /// <summary>A copy with new popularity and freshness priors (after online events); everything else is shared.</summary>
    public CatalogIndex WithPriors(float[] popularity, float[] freshness) =>
        Create(Items, Collaborative, Semantic, popularity, freshness, Neighbours, Lexical, Cold);

    internal static float[] Standardise(float[] values, bool logScale)
    {
        var z = new float[values.Length];
        double sum = 0, sumSq = 0;
        for (int i = 0; i < values.Length; i++)
        {
            double v = logScale ? Math.Log(1 + Math.Max(values[i], 0)) : values[i];
            z[i] = (float)v;
            sum += v;
            sumSq += v * v;
        }
        if (values.Length == 0) return z;
        double mean = sum / values.Length;
        double sd = Math.Sqrt(Math.Max(sumSq / values.Length - mean * mean, 0));
        // Freshness z-scores are clipped at ±3: a few very new items would otherwise swamp every other component.
        for (int i = 0; i < z.Length; i++)
            z[i] = sd > 1e-12 ? (float)(logScale ? (z[i] - mean) / sd : Math.Clamp((z[i] - mean) / sd, -3, 3)) : 0f;
        return z;
    }
}
