using System.Numerics.Tensors;

namespace ColdStart.Engine.Scoring;

public sealed partial class Scorer
{
    /// <summary>
    /// Maximal marginal relevance: repeatedly take the candidate maximising (1 − λ)·score − λ·max similarity to those
    /// already taken (cosine in the semantic space). λ = 0 keeps the relevance order.
    /// </summary>
    private List<(int Index, float Penalty)> Diversify((float Score, int Index)[] candidates, int k, float lambda)
    {
        var picked = new List<(int Index, float Penalty)>(Math.Min(k, candidates.Length));
        if (lambda <= 0)
        {
            for (int i = 0; i < candidates.Length && picked.Count < k; i++) picked.Add((candidates[i].Index, 0f));
            return picked;
        }
        var unit = UnitRows(candidates, Catalog.Semantic);
        int d = Catalog.Semantic.Dimension;
        var maxSimilarity = new float[candidates.Length];
        Array.Fill(maxSimilarity, float.NegativeInfinity);
        var taken = new bool[candidates.Length];
        while (picked.Count < Math.Min(k, candidates.Length))
        {
            int best = -1;
            float bestValue = float.NegativeInfinity, bestPenalty = 0;
            for (int c = 0; c < candidates.Length; c++)
            {
                if (taken[c]) continue;
                float penalty = picked.Count == 0 ? 0 : lambda * maxSimilarity[c];
                float value = (1 - lambda) * candidates[c].Score - penalty;
                if (value > bestValue) (best, bestValue, bestPenalty) = (c, value, penalty);
            }
            taken[best] = true;
            picked.Add((candidates[best].Index, bestPenalty));
            var chosen = unit.AsSpan(best * d, d);
            for (int c = 0; c < candidates.Length; c++)
                if (!taken[c])
                    maxSimilarity[c] = Math.Max(maxSimilarity[c], TensorPrimitives.Dot(unit.AsSpan(c * d, d), chosen));
        }
        return picked;
    }

    /// <summary>The candidates' semantic rows, L2-normalised, in one contiguous block (zero rows stay zero: cosine 0).</summary>
    private static float[] UnitRows((float Score, int Index)[] candidates, VectorSpace space)
    {
        int d = space.Dimension;
        var unit = new float[candidates.Length * d];
        for (int c = 0; c < candidates.Length; c++) VectorSpace.Normalise(space.Row(candidates[c].Index), unit.AsSpan(c * d, d));
        return unit;
    }
}
