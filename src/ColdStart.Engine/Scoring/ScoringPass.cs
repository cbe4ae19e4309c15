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
        float[] popularityZ, float[]? itemToItemZ, float[]? lexicalZ, List<string> warnings)
    {
        _catalog = catalog;
        _rules = rules;
        Weights = weights;
        Collaborative = collaborative;
        Semantic = semantic;
        PopularityZ = popularityZ;
        ItemToItemZ = itemToItemZ;
        LexicalZ = lexicalZ;
        Warnings = warnings;
    }

    /// <summary>The weights in force for this profile (a schedule's step, or the strategy's weights).</summary>
    public BlendWeights Weights { get; }
    public ComponentQuery Collaborative { get; }
    public ComponentQuery Semantic { get; }
    public float[] PopularityZ { get; }
    public float PopularityWeight => Weights.Popularity;
    public float FreshnessWeight => Weights.Freshness;

    /// <summary>Standardised item-to-item fold-in of the profile's seeds, or null when it has no signal.</summary>
    public float[]? ItemToItemZ { get; }

    /// <summary>Standardised TF-IDF match of the profile's seeds and words, or null when it has no signal.</summary>
    public float[]? LexicalZ { get; }

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
        float[]? itemToItem = null, lexical = null;
        if ((weights.ItemToItem > 0 || policy?.Weights.ItemToItem > 0) && catalog.Neighbours is { } neighbours)
            itemToItem = Standardised(neighbours.Score(profile.SeedItems));
        if ((weights.Lexical > 0 || policy?.Weights.Lexical > 0) && catalog.Lexical is { } index)
            lexical = Standardised(index.Score(profile.SeedItems, profile.QueryText));
        if (!scheduled && weights.ItemToItem > 0 && itemToItem is null)
            warnings.Add("The profile has no item-to-item signal (no seed item with neighbours): the item-to-item weight has no effect.");
        if (!scheduled && weights.Lexical > 0 && lexical is null)
            warnings.Add("The profile has no lexical signal (no seed item or words matching item text): the lexical weight has no effect.");
        var pass = new ScoringPass(catalog, rules, weights, collaborative, semantic, popularity, itemToItem, lexical, warnings);
        if (policy is not null)
            pass._newItems = new NewItemScoring(policy,
                ComponentQuery.Create(catalog.Collaborative, profile.Collaborative, policy.Weights.Collaborative),
                ComponentQuery.Create(catalog.Semantic, profile.Semantic, policy.Weights.Semantic));
        pass._extra = pass.Extra();
        return pass;
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
        result[4] = pass.ItemToItemZ;
        result[5] = pass.LexicalZ;
        return result;

        static float[] Dense(ComponentQuery component, int n)
        {
            var values = new float[n];
            for (int i = 0; i < n; i++) values[i] = component.Value(i);
            return values;
        }
    }

    /// <summary>(x − mean) / sd over the catalog; null when every value is the same (no signal).</summary>
    internal static float[]? Standardised(float[] raw)
    {
        double sum = 0, sumSq = 0;
        foreach (float v in raw)
        {
            sum += v;
            sumSq += (double)v * v;
        }
        double mean = sum / Math.Max(1, raw.Length);
        double sd = Math.Sqrt(Math.Max(sumSq / Math.Max(1, raw.Length) - mean * mean, 0));
        if (sd < 1e-9) return null;
        var z = new float[raw.Length];
        TensorPrimitives.Subtract(raw, (float)mean, z);
        TensorPrimitives.Multiply(z, (float)(1 / sd), z);
        return z;
    }

    private float[]? Extra()
    {
        var boost = _rules.Boost;
        bool any = boost is not null || (ItemToItemZ is not null && Weights.ItemToItem != 0) || (LexicalZ is not null && Weights.Lexical != 0) || _newItems is not null;
        if (!any) return null;
        var extra = boost is null ? new float[_catalog.Count] : (float[])boost.Clone();
        if (ItemToItemZ is not null && Weights.ItemToItem != 0) TensorPrimitives.MultiplyAdd(ItemToItemZ, Weights.ItemToItem, extra, extra);
        if (LexicalZ is not null && Weights.Lexical != 0) TensorPrimitives.MultiplyAdd(LexicalZ, Weights.Lexical, extra, extra);
        if (_newItems is not null)
        {
            // A new item's score is its own weights' blend plus the boost: add that, take away the warm blend.
            Span<float> warm = stackalloc float[6];
            Span<float> cold = stackalloc float[6];
            foreach (int i in _catalog.ColdItems)
            {
                WarmParts(i, warm);
                ColdParts(i, cold);
                float delta = _newItems.Policy.Boost;
                for (int c = 0; c < 6; c++) delta += cold[c] - warm[c];
                extra[i] += delta;
            }
        }
        return extra;
    }

    private void WarmParts(int item, Span<float> parts)
    {
        parts[0] = Collaborative.Value(item);
        parts[1] = Semantic.Value(item);
        parts[2] = Weights.Popularity * PopularityZ[item];
        parts[3] = Weights.Freshness * _catalog.FreshnessZ[item];
        parts[4] = ItemToItemZ is null ? 0 : Weights.ItemToItem * ItemToItemZ[item];
        parts[5] = LexicalZ is null ? 0 : Weights.Lexical * LexicalZ[item];
    }

    private void ColdParts(int item, Span<float> parts)
    {
        var w = _newItems!.Policy.Weights;
        parts[0] = _newItems.Collaborative.Value(item);
        parts[1] = _newItems.Semantic.Value(item);
        parts[2] = w.Popularity * PopularityZ[item];
        parts[3] = w.Freshness * _catalog.FreshnessZ[item];
        parts[4] = ItemToItemZ is null ? 0 : w.ItemToItem * ItemToItemZ[item];
        parts[5] = LexicalZ is null ? 0 : w.Lexical * LexicalZ[item];
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
        scores.Fill(Collaborative.Offset + Semantic.Offset);
        if (PopularityWeight != 0) TensorPrimitives.MultiplyAdd(PopularityZ.AsSpan(from, n), PopularityWeight, scores, scores);
        if (FreshnessWeight != 0) TensorPrimitives.MultiplyAdd(_catalog.FreshnessZ.AsSpan(from, n), FreshnessWeight, scores, scores);
        if (_extra is { } extra) TensorPrimitives.Add(scores, extra.AsSpan(from, n), scores);
    }

    private static ReadOnlySpan<float> Rows(ComponentQuery component, int from, int count) =>
        component.Space.Rows.AsSpan(from * component.Space.Dimension, count * component.Space.Dimension);
}
