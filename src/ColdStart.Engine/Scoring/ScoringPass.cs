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

    private ScoringPass(CatalogIndex catalog, ResolvedRules rules, ComponentQuery collaborative, ComponentQuery semantic,
        float[] popularityZ, float popularityWeight, float freshnessWeight, List<string> warnings)
    {
        _catalog = catalog;
        _rules = rules;
        Collaborative = collaborative;
        Semantic = semantic;
        PopularityZ = popularityZ;
        PopularityWeight = popularityWeight;
        FreshnessWeight = freshnessWeight;
        Warnings = warnings;
    }

    public ComponentQuery Collaborative { get; }
    public ComponentQuery Semantic { get; }
    public float[] PopularityZ { get; }
    public float PopularityWeight { get; }
    public float FreshnessWeight { get; }
    public List<string> Warnings { get; }

    public static ScoringPass Create(CatalogIndex catalog, Profile profile, BlendWeights weights, ResolvedRules rules)
    {
        var warnings = new List<string>();
        var collaborative = ComponentQuery.Create(catalog.Collaborative, profile.Collaborative, weights.Collaborative);
        var semantic = ComponentQuery.Create(catalog.Semantic, profile.Semantic, weights.Semantic);
        if (weights.Collaborative > 0 && !collaborative.Active)
            warnings.Add("The profile has no collaborative signal: the collaborative weight has no effect.");
        if (weights.Semantic > 0 && !semantic.Active)
            warnings.Add("The profile has no semantic signal: the semantic weight has no effect.");
        var popularity = profile.SegmentPopularity is { } segment && segment.Length == catalog.Count ? segment : catalog.PopularityZ;
        return new ScoringPass(catalog, rules, collaborative, semantic, popularity, weights.Popularity, weights.Freshness, warnings);
    }

    /// <summary>The component values of one item, in the order collaborative, semantic, popularity, freshness.</summary>
    public (float Collaborative, float Semantic, float Popularity, float Freshness) Components(int item) =>
        (Collaborative.Value(item), Semantic.Value(item),
         PopularityWeight * PopularityZ[item], FreshnessWeight * _catalog.FreshnessZ[item]);

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
        if (_rules.Boost is { } boost) TensorPrimitives.Add(scores, boost.AsSpan(from, n), scores);
    }

    private static ReadOnlySpan<float> Rows(ComponentQuery component, int from, int count) =>
        component.Space.Rows.AsSpan(from * component.Space.Dimension, count * component.Space.Dimension);
}
