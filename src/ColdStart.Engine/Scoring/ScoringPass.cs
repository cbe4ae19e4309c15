using System.Buffers;
using System.Numerics.Tensors;
using ColdStart.Engine.Profiles;

namespace ColdStart.Engine.Scoring;

/// <summary>One profile × weights × rules, ready to score every item in a single pass over contiguous vectors.</summary>
internal sealed partial class ScoringPass
{
    private const int ChunkSize = 16_384;
    private const int BlockRows = 256;
    private readonly CatalogIndex _catalog;
    private readonly ResolvedRules _rules;

    private ScoringPass(CatalogIndex catalog, ResolvedRules rules, BlendWeights weights, ComponentQuery collaborative, ComponentQuery semantic,
        float[] popularityZ, SparseComponent? itemToItem, SparseComponent? lexical, List<string> warnings)
    {
        _catalog = catalog;
        _rules = rules;
        Weights = weights;
        Collaborative = collaborative;
        Semantic = semantic;
        PopularityZ = popularityZ;
        ItemToItem = itemToItem;
        Lexical = lexical;
        Warnings = warnings;
    }

    /// <summary>The weights in force for this profile (a schedule's step, or the strategy's weights).</summary>
    public BlendWeights Weights { get; }
    public ComponentQuery Collaborative { get; }
    public ComponentQuery Semantic { get; }
    public float[] PopularityZ { get; }
    public float PopularityWeight => Weights.Popularity;
    public float FreshnessWeight => Weights.Freshness;

    /// <summary>Item-to-item fold-in of the profile's seeds, or null when it has no signal.</summary>
    public SparseComponent? ItemToItem { get; }

    /// <summary>TF-IDF match of the profile's seeds and words, or null when it has no signal.</summary>
    public SparseComponent? Lexical { get; }

    /// <summary>The constant part of the item-to-item and lexical z-scores (their −w·mean/sd), added to every item.</summary>
    private float _constant;

    /// <summary>The new-item policy's components (null without one) and its extra per-item terms.</summary>
    private NewItemScoring? _newItems;

    /// <summary>Per item, everything added besides the vector dot products and the popularity and freshness priors (item-to-item, lexical, new items, tag rules); null when nothing.</summary>
    private float[]? _extra;

    public List<string> Warnings { get; }

    public static ScoringPass Create(CatalogIndex catalog, Profile profile, Strategy strategy, ResolvedRules rules)
    {
        var warnings = new List<string>();
        var weights = strategy.WeightsFor(profile.Interactions);
        var policy = strategy.NewItems is { } p && catalog.ColdItems.Length > 0 ? p : null;
        var collaborative = ComponentQuery.Create(catalog.Collaborative, profile.Collaborative, weights.Collaborative);
        var semantic = ComponentQuery.Create(catalog.Semantic, profile.Semantic, weights.Semantic);
        bool scheduled = strategy.Schedule is not null;
        if (!scheduled && weights.Collaborative > 0 && !collaborative.Active)
            warnings.Add("The profile has no collaborative signal: the collaborative weight has no effect.");
        if (!scheduled && weights.Semantic > 0 && !semantic.Active)
            warnings.Add("The profile has no semantic signal: the semantic weight has no effect.");
        var popularity = profile.SegmentPopularity is { } segment && segment.Length == catalog.Count ? segment : catalog.PopularityZ;
        // Per-query item arrays come from the shared pool (a 100k-item catalog would otherwise put 400 KB arrays on the
        // large-object heap on every slider move); Release gives them back.
        var rented = new List<float[]>(3);
        SparseComponent? itemToItem = null, lexical = null;
        List<int>? touched = null;
        float[]? itemToItemRaw = null;
        int n = catalog.Count;
        if ((weights.ItemToItem > 0 || policy?.Weights.ItemToItem > 0) && catalog.Neighbours is { } neighbours && profile.SeedItems.Count > 0)
        {
            // Arrays in this pool are all-zero when returned (see Release), so only the seeds' neighbours are touched.
            var raw = ZeroPool.Rent(n);
            touched = neighbours.AddScores(profile.SeedItems, raw);
            itemToItemRaw = raw;
            itemToItem = SparseComponent.Create(raw, n, touched);
        }
        if ((weights.Lexical > 0 || policy?.Weights.Lexical > 0) && catalog.Lexical is { } index)
        {
            var raw = Rent(n, rented);
            index.AddScores(profile.SeedItems, profile.QueryText, raw);
            lexical = SparseComponent.Create(raw, n);
        }
        if (weights.ItemToItem > 0 && catalog.Neighbours is null)
            warnings.Add("This model has no item-to-item neighbours: the item-to-item weight has no effect (rebuild the model).");
        if (weights.Lexical > 0 && catalog.Lexical is null)
            warnings.Add("This model has no lexical index: the lexical weight has no effect (rebuild the model).");
        if (!scheduled && weights.ItemToItem > 0 && catalog.Neighbours is not null && itemToItem is null)
            warnings.Add("The profile has no item-to-item signal (no seed item with neighbours): the item-to-item weight has no effect.");
        if (!scheduled && weights.Lexical > 0 && catalog.Lexical is not null && lexical is null)
            warnings.Add("The profile has no lexical signal (no seed item or words matching item text): the lexical weight has no effect.");
        var pass = new ScoringPass(catalog, rules, weights, collaborative, semantic, popularity, itemToItem, lexical, warnings) { _rented = rented, _itemToItemTouched = touched, _itemToItemRaw = itemToItemRaw };
        if (policy is not null)
            pass._newItems = new NewItemScoring(policy,
                ComponentQuery.Create(catalog.Collaborative, profile.Collaborative, 1f),
                ComponentQuery.Create(catalog.Semantic, profile.Semantic, 1f));
        pass._extra = pass.Extra();
        return pass;
    }

    private List<float[]> _rented = [];
    private List<int>? _itemToItemTouched;

    /// <summary>A pool whose arrays are all-zero whenever they are in it: item-to-item scores touch a few hundred items, and only those are cleared.</summary>
    private static readonly ArrayPool<float> ZeroPool = ArrayPool<float>.Create();

    private float[]? _itemToItemRaw;

    private static float[] Rent(int n, List<float[]> rented, bool clear = true)
    {
        var array = ArrayPool<float>.Shared.Rent(n);
        if (clear) Array.Clear(array, 0, n);
        rented.Add(array);
        return array;
    }

    /// <summary>Returns the pooled per-query arrays; the pass must not be used afterwards.</summary>
    public void Release()
    {
        foreach (var array in _rented) ArrayPool<float>.Shared.Return(array);
        _rented.Clear();
        if (_itemToItemRaw is { } raw && _itemToItemTouched is { } touched)
        {
            foreach (int j in touched) raw[j] = 0;
            ZeroPool.Return(raw);
        }
        _itemToItemRaw = null;
    }

    /// <summary>A pass with plain weights (no schedule, no new-item policy).</summary>
    public static ScoringPass Create(CatalogIndex catalog, Profile profile, BlendWeights weights, ResolvedRules rules) =>
        Create(catalog, profile, new Strategy("weights", weights, 0, []), rules);

    /// <summary>
    /// Every item's standardised components at unit weight, in the order of <see cref="BlendWeights.Names"/> (null where
    /// the profile gives no signal): what a blend multiplies by its weights. The tuner searches weights over these.
    /// </summary>
    internal static float[]?[] UnitComponents(CatalogIndex catalog, Profile profile)
    {
        var pass = Create(catalog, profile, new Strategy("unit", new BlendWeights(1, 1, 1, 1, 1, 1), 0, []), ResolvedRules.Resolve([], catalog));
        int n = catalog.Count;
        var result = new float[]?[6];
        if (pass.Collaborative.Active) result[0] = Dense(pass.Collaborative, n);
        if (pass.Semantic.Active) result[1] = Dense(pass.Semantic, n);
        result[2] = pass.PopularityZ;
        result[3] = catalog.FreshnessZ;
        result[4] = pass.ItemToItem?.Dense();
        result[5] = pass.Lexical?.Dense();
        pass.Release();
        return result;

        static float[] Dense(ComponentQuery component, int n)
        {
            var values = new float[n];
            for (int i = 0; i < n; i++) values[i] = component.Value(i);
            return values;
        }
    }

    private float[]? Extra()
    {
        var boost = _rules.Boost;
        bool any = boost is not null || (ItemToItem is not null && Weights.ItemToItem != 0) || (Lexical is not null && Weights.Lexical != 0) || _newItems is not null;
        if (!any) return null;
        int n = _catalog.Count;
        bool lexicalFirst = boost is null && Lexical is not null && Weights.Lexical != 0;
        var extra = Rent(n, _rented, clear: !lexicalFirst);
        if (boost is not null) boost.CopyTo(extra, 0);
        if (lexicalFirst)
        {
            // Written, not added: saves clearing the array first.
            TensorPrimitives.Multiply(Lexical!.Raw, Weights.Lexical * Lexical.InverseSd, extra.AsSpan(0, n));
            _constant -= Weights.Lexical * Lexical.Mean * Lexical.InverseSd;
        }
        if (ItemToItem is not null && Weights.ItemToItem != 0 && _itemToItemTouched is { } touched)
        {
            // Only the seeds' neighbours are non-zero: scatter them instead of a pass over the catalog.
            float scale = Weights.ItemToItem * ItemToItem.InverseSd;
            var raw = ItemToItem.Raw;
            foreach (int j in touched) extra[j] += scale * raw[j];
            _constant -= Weights.ItemToItem * ItemToItem.Mean * ItemToItem.InverseSd;
        }
        else AddSparse(ItemToItem, Weights.ItemToItem, extra);
        if (!lexicalFirst) AddSparse(Lexical, Weights.Lexical, extra);
        if (_newItems is not null)
        {
            // A new item's score is its own weights' blend plus the boost: add that, take away the warm blend. The new
            // items' vector rows are read from the catalog's contiguous copy, not scattered over the whole block.
            Span<float> unit = stackalloc float[6];
            var warm = Weights.ToArray();
            var cold = _newItems.Policy.Weights.ToArray();
            for (int c = 0; c < 6; c++) cold[c] -= warm[c];
            var items = _catalog.ColdItems;
            var collab = UnitDots(_newItems.Collaborative, _catalog.ColdCollaborativeRows, items.Length);
            var semantic = UnitDots(_newItems.Semantic, _catalog.ColdSemanticRows, items.Length);
            for (int k = 0; k < items.Length; k++)
            {
                int i = items[k];
                unit[0] = collab?[k] ?? 0;
                unit[1] = semantic?[k] ?? 0;
                unit[2] = PopularityZ[i];
                unit[3] = _catalog.FreshnessZ[i];
                unit[4] = ItemToItem?.Value(i) ?? 0;
                unit[5] = Lexical?.Value(i) ?? 0;
                float delta = _newItems.Policy.Boost;
                for (int c = 0; c < 6; c++) delta += cold[c] * unit[c];
                extra[i] += delta;
            }
        }
        return extra;
    }

    /// <summary>The unit z-scores of a block of contiguous rows (the new items'), or null when the component is inactive.</summary>
    private static float[]? UnitDots(ComponentQuery query, float[] rows, int count)
    {
        if (!query.Active || count == 0) return null;
        var values = new float[count];
        values.AsSpan().Fill(query.Offset);
        RowDots.Add(rows.AsSpan(0, count * query.Space.Dimension), query.Scaled, values);
        return values;
    }

    /// <summary>extra += w·z = (w/sd)·raw, and the constant −w·mean/sd goes to every item.</summary>
    private void AddSparse(SparseComponent? component, float weight, float[] extra)
    {
        if (component is null || weight == 0) return;
        var target = extra.AsSpan(0, component.Count);
        TensorPrimitives.MultiplyAdd(component.Raw, weight * component.InverseSd, target, target);
        _constant -= weight * component.Mean * component.InverseSd;
    }

    private void WarmParts(int item, Span<float> parts)
    {
        parts[0] = Collaborative.Value(item);
        parts[1] = Semantic.Value(item);
        parts[2] = Weights.Popularity * PopularityZ[item];
        parts[3] = Weights.Freshness * _catalog.FreshnessZ[item];
        parts[4] = ItemToItem is null ? 0 : Weights.ItemToItem * ItemToItem.Value(item);
        parts[5] = Lexical is null ? 0 : Weights.Lexical * Lexical.Value(item);
    }

    /// <summary>The standardised components of a new item at unit weight (what the new-item policy's weights multiply).</summary>
    private void UnitParts(int item, Span<float> parts)
    {
        parts[0] = _newItems!.Collaborative.Value(item);
        parts[1] = _newItems.Semantic.Value(item);
        parts[2] = PopularityZ[item];
        parts[3] = _catalog.FreshnessZ[item];
        parts[4] = ItemToItem?.Value(item) ?? 0;
        parts[5] = Lexical?.Value(item) ?? 0;
    }

    private void ColdParts(int item, Span<float> parts)
    {
        UnitParts(item, parts);
        var w = _newItems!.Policy.Weights.ToArray();
        for (int c = 0; c < 6; c++) parts[c] *= w[c];
    }

    /// <summary>
    /// The weighted component values of one item in the order of <see cref="BlendWeights.Names"/>, and the new-item
    /// boost it got (0 for established items or without a new-item policy). They add up to its blended score before rules.
    /// </summary>
    public (float[] Parts, float NewItemBoost) Components(int item)
    {
        var parts = new float[6];
        if (_newItems is not null && _catalog.Cold[item])
        {
            ColdParts(item, parts);
            return (parts, _newItems.Policy.Boost);
        }
        WarmParts(item, parts);
        return (parts, 0f);
    }

    /// <summary>One item's blended score with the tag, item, brand and department rules (what <see cref="Top"/> ranks by).</summary>
    public float Score(int item)
    {
        var (parts, boost) = Components(item);
        float score = boost + (_rules.Boost?[item] ?? 0);
        foreach (float part in parts) score += part;
        return score;
    }

    private sealed record NewItemScoring(NewItemPolicy Policy, ComponentQuery Collaborative, ComponentQuery Semantic);

    /// <summary>The best <paramref name="m"/> items that pass the filters, best first; <paramref name="passed"/> counts all that pass.</summary>
    public (float Score, int Index)[] Top(int m, out int passed)
    {
        int n = _catalog.Count;
        if (UsesQuantisedRows) return TopByBounds(m, out passed);
        int chunks = (n + ChunkSize - 1) / ChunkSize;
        if (n < 2 * ChunkSize || Environment.ProcessorCount == 1)
        {
            var top = new TopK(m);
            passed = ScoreRange(0, n, top);
            return top.Sorted();
        }
        var tops = new TopK[chunks];
        var counts = new int[chunks];
        Parallel.For(0, chunks, c =>
        {
            tops[c] = new TopK(m);
            counts[c] = ScoreRange(c * ChunkSize, Math.Min(n, (c + 1) * ChunkSize), tops[c]);
        });
        passed = counts.Sum();
        var merged = new TopK(m);
        foreach (var chunk in tops)
            foreach (var (score, index) in chunk.Sorted()) merged.Offer(score, index);
        return merged.Sorted();
    }

    private int ScoreRange(int start, int end, TopK top)
    {
        Span<float> block = stackalloc float[BlockRows];
        int passed = 0;
        float threshold = top.Threshold;
        bool filters = _rules.HasFilters;
        for (int from = start; from < end; from += BlockRows)
        {
            var scores = block[..Math.Min(BlockRows, end - from)];
            ScoreBlock(from, scores);
            for (int j = 0; j < scores.Length; j++)
            {
                if (filters && !_rules.Passes(_catalog, from + j)) continue;
                passed++;
                if (scores[j] < threshold) continue;
                top.Offer(scores[j], from + j);
                threshold = top.Threshold;
            }
        }
        return passed;
    }

    /// <summary>The blended score of the rows <paramref name="from"/>… into <paramref name="scores"/>, component by component.</summary>
    private void ScoreBlock(int from, Span<float> scores)
    {
        int n = scores.Length;
        ScorePriors(from, scores);
        var collab = Collaborative;
        var semantic = Semantic;
        if (collab.Active && semantic.Active)
            RowDots.Add(Rows(collab, from, n), collab.Scaled, Rows(semantic, from, n), semantic.Scaled, scores);
        else if (collab.Active)
            RowDots.Add(Rows(collab, from, n), collab.Scaled, scores);
        else if (semantic.Active)
            RowDots.Add(Rows(semantic, from, n), semantic.Scaled, scores);
    }

    /// <summary>The constant, popularity, freshness and tag-rule parts of the rows <paramref name="from"/>… into <paramref name="scores"/>.</summary>
    private void ScorePriors(int from, Span<float> scores)
    {
        int n = scores.Length;
        scores.Fill(Collaborative.Offset + Semantic.Offset + _constant);
        if (PopularityWeight != 0) TensorPrimitives.MultiplyAdd(PopularityZ.AsSpan(from, n), PopularityWeight, scores, scores);
        if (FreshnessWeight != 0) TensorPrimitives.MultiplyAdd(_catalog.FreshnessZ.AsSpan(from, n), FreshnessWeight, scores, scores);
        if (_extra is { } extra) TensorPrimitives.Add(scores, extra.AsSpan(from, n), scores);
    }

    private static ReadOnlySpan<float> Rows(ComponentQuery component, int from, int count) =>
        component.Space.Rows.AsSpan(from * component.Space.Dimension, count * component.Space.Dimension);
}
