namespace ColdStart.Engine.Scoring;

internal sealed partial class ScoringPass
{
    /// <summary>Catalogs from this size are ranked with the 8-bit first pass (smaller ones fit in cache anyway).</summary>
    internal const int QuantisedFrom = 2 * ChunkSize;

    /// <summary>True when the pass scores with <see cref="QuantisedRows"/> first and re-scores the survivors exactly.</summary>
    public bool UsesQuantisedRows =>
        _catalog.Count >= QuantisedFrom && (Collaborative.Active || Semantic.Active)
        && (!Collaborative.Active || RowDots.QuantisedSupported(Collaborative.Space.Dimension))
        && (!Semantic.Active || RowDots.QuantisedSupported(Semantic.Space.Dimension));

    /// <summary>
    /// Exact top m in two steps. First every item gets an approximate score from the 8-bit rows and a bound on its
    /// error, hence a lower and an upper bound on its exact score; τ = the m-th best lower bound. An item whose upper
    /// bound is below τ cannot be in the exact top m (m items are surely above it), so only the others are re-scored
    /// with the float rows, and the top m of those is exactly the top m of the catalog, ties included.
    /// </summary>
    private (float Score, int Index)[] TopByBounds(int m, out int passed)
    {
        int n = _catalog.Count;
        int chunks = (n + ChunkSize - 1) / ChunkSize;
        var lowers = new TopK[chunks];
        var survivors = new List<(int Index, float Upper)>[chunks];
        var counts = new int[chunks];
        Parallel.For(0, chunks, c =>
        {
            lowers[c] = new TopK(m);
            survivors[c] = new List<(int, float)>(4 * m);
            counts[c] = BoundRange(c * ChunkSize, Math.Min(n, (c + 1) * ChunkSize), lowers[c], survivors[c]);
        });
        passed = 0;
        var lower = new TopK(m);
        for (int c = 0; c < chunks; c++)
        {
            passed += counts[c];
            foreach (var (score, index) in lowers[c].Sorted()) lower.Offer(score, index);
        }
        float tau = lower.Threshold;
        var top = new TopK(m);
        Span<float> exact = stackalloc float[1];
        foreach (var list in survivors)
            foreach (var (index, upper) in list)
            {
                if (upper < tau) continue;
                ScoreBlock(index, exact);
                top.Offer(exact[0], index);
            }
        return top.Sorted();
    }

    private int BoundRange(int start, int end, TopK lower, List<(int Index, float Upper)> survivors)
    {
        Span<float> block = stackalloc float[BlockRows];
        var collab = Collaborative.Active ? Collaborative.Space.Quantised : null;
        var semantic = Semantic.Active ? Semantic.Space.Quantised : null;
        float collabError = Collaborative.Active ? 0.5f * L1(Collaborative.Scaled) : 0;
        float semanticError = Semantic.Active ? 0.5f * L1(Semantic.Scaled) : 0;
        bool filters = _rules.HasFilters;
        int passed = 0;
        float tau = lower.Threshold;
        for (int from = start; from < end; from += BlockRows)
        {
            var scores = block[..Math.Min(BlockRows, end - from)];
            ScorePriors(from, scores);
            const int d = 64;
            RowDots.AddQuantised(
                collab is null ? default : collab.Values.AsSpan(from * d, scores.Length * d), collab is null ? default : collab.Scales.AsSpan(from, scores.Length), Collaborative.Active ? Collaborative.Scaled : default,
                semantic is null ? default : semantic.Values.AsSpan(from * d, scores.Length * d), semantic is null ? default : semantic.Scales.AsSpan(from, scores.Length), Semantic.Active ? Semantic.Scaled : default,
                scores);
            for (int j = 0; j < scores.Length; j++)
            {
                int i = from + j;
                if (filters && !_rules.Passes(_catalog, i)) continue;
                passed++;
                float error = (collab is null ? 0 : collab.Scales[i] * collabError) + (semantic is null ? 0 : semantic.Scales[i] * semanticError);
                // Float rounding of both computations, generously: far below the 8-bit error, and only ever adds survivors.
                error += 1e-3f * error + 1e-4f * (1 + Math.Abs(scores[j]));
                float upper = scores[j] + error;
                if (upper < tau) continue;
                survivors.Add((i, upper));
                float low = scores[j] - error;
                if (low < tau) continue;
                lower.Offer(low, i);
                tau = lower.Threshold;
            }
        }
        return passed;
    }

    private static float L1(ReadOnlySpan<float> values)
    {
        float sum = 0;
        foreach (float v in values) sum += Math.Abs(v);
        return sum;
    }
}
