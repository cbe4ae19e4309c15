using ColdStart.Engine.Scoring;

namespace ColdStart.Engine.Evaluation;

/// <summary>
/// One validation user at one number of revealed interactions, reduced to what the weight search needs: the candidate
/// items (each component's best, seen items excluded), their standardised components at unit weight, which of them are
/// new items, and the relevant items. Scoring a weight vector is then a small matrix-vector product.
/// </summary>
internal sealed class ValidationCase
{
    public const int Components = 6;
    private const int Cutoff = 10;

    private readonly int[] _items;
    private readonly float[] _z;
    private readonly bool[] _cold;
    private readonly uint[] _tie;
    private readonly bool[] _relevant;
    private readonly double _ideal;

    public ValidationCase(int[] items, float[] z, bool[] cold, IReadOnlySet<int> relevant, int interactions)
    {
        _items = items;
        _z = z;
        _cold = cold;
        _tie = Array.ConvertAll(items, TopK.TieKey);
        _relevant = Array.ConvertAll(items, relevant.Contains);
        Interactions = interactions;
        for (int r = 0; r < Math.Min(Cutoff, relevant.Count); r++) _ideal += 1.0 / Math.Log2(r + 2);
    }

    public int Interactions { get; }

    public int Candidates => _items.Length;

    /// <summary>Builds the case from a profile's unit components (see <c>ScoringPass.UnitComponents</c>).</summary>
    public static ValidationCase? Create(float[]?[] components, bool[] coldItems, IReadOnlyCollection<int> seen, IReadOnlySet<int> relevant,
        int interactions, int perComponent)
    {
        if (relevant.Count == 0) return null;
        int n = coldItems.Length;
        var excluded = new HashSet<int>(seen);
        var chosen = new HashSet<int>();
        bool anyCold = Array.IndexOf(coldItems, true) >= 0;
        foreach (var values in components)
        {
            if (values is null) continue;
            Take(values, i => !excluded.Contains(i));
            if (anyCold) Take(values, i => coldItems[i] && !excluded.Contains(i));
        }
        var items = chosen.Order().ToArray();
        var z = new float[items.Length * Components];
        var cold = new bool[items.Length];
        for (int j = 0; j < items.Length; j++)
        {
            cold[j] = coldItems[items[j]];
            for (int c = 0; c < Components; c++) z[j * Components + c] = components[c]?[items[j]] ?? 0f;
        }
        return new ValidationCase(items, z, cold, relevant, interactions);

        void Take(float[] values, Func<int, bool> eligible)
        {
            var top = new TopK(perComponent);
            for (int i = 0; i < n; i++)
                if (values[i] >= top.Threshold && eligible(i)) top.Offer(values[i], i);
            foreach (var (_, index) in top.Sorted()) chosen.Add(index);
        }
    }

    /// <summary>NDCG@10 of the blend <paramref name="w"/> (new items blended with <paramref name="newItems"/> plus <paramref name="boost"/> when given).</summary>
    public double Ndcg(ReadOnlySpan<float> w, ReadOnlySpan<float> newItems = default, float boost = 0)
    {
        if (_ideal == 0) return 0;
        Span<float> bestScore = stackalloc float[Cutoff];
        Span<uint> bestTie = stackalloc uint[Cutoff];
        Span<int> best = stackalloc int[Cutoff];
        int count = 0;
        bool policy = newItems.Length == Components;
        for (int j = 0; j < _items.Length; j++)
        {
            var weights = policy && _cold[j] ? newItems : w;
            var row = _z.AsSpan(j * Components, Components);
            float s = 0;
            for (int c = 0; c < Components; c++) s += weights[c] * row[c];
            if (policy && _cold[j]) s += boost;
            uint tie = _tie[j];
            if (count == Cutoff && !Better(s, tie, bestScore[count - 1], bestTie[count - 1])) continue;
            int at = count < Cutoff ? count++ : Cutoff - 1;
            while (at > 0 && Better(s, tie, bestScore[at - 1], bestTie[at - 1]))
            {
                bestScore[at] = bestScore[at - 1];
                bestTie[at] = bestTie[at - 1];
                best[at] = best[at - 1];
                at--;
            }
            bestScore[at] = s;
            bestTie[at] = tie;
            best[at] = j;
        }
        double dcg = 0;
        for (int r = 0; r < count; r++)
            if (_relevant[best[r]]) dcg += 1.0 / Math.Log2(r + 2);
        return dcg / _ideal;
    }

    private static bool Better(float s1, uint t1, float s2, uint t2) => s1 > s2 || (s1 == s2 && t1 < t2);
}
