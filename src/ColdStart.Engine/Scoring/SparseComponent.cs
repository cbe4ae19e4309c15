namespace ColdStart.Engine.Scoring;

/// <summary>
/// A per-query component computed as raw per-item scores (mostly zero: item-to-item and lexical fold-ins) with the mean
/// and standard deviation over the catalog, so its z-score <c>(raw − mean) / sd</c> is applied as one scaled add of the
/// raw scores plus a constant, without a dense standardised copy.
/// </summary>
internal sealed class SparseComponent
{
    private SparseComponent(float[] raw, int count, float mean, float inverseSd)
    {
        _raw = raw;
        Count = count;
        Mean = mean;
        InverseSd = inverseSd;
    }

    private readonly float[] _raw;

    /// <summary>Items (the raw array may be longer: it can come from a pool).</summary>
    public int Count { get; }

    public ReadOnlySpan<float> Raw => _raw.AsSpan(0, Count);
    public float Mean { get; }
    public float InverseSd { get; }

    /// <summary>The z-score of one item.</summary>
    public float Value(int item) => (_raw[item] - Mean) * InverseSd;

    /// <summary>
    /// Mean and standard deviation of the first <paramref name="count"/> values of <paramref name="raw"/> (one per item);
    /// null when every value is the same (no signal).
    /// </summary>
    /// <param name="raw">The scores.</param>
    /// <param name="count">Items.</param>
    /// <param name="nonZero">When given, the only items whose score may be non-zero (distinct): the moments are summed over them alone.</param>
    public static SparseComponent? Create(float[] raw, int count, IReadOnlyList<int>? nonZero = null)
    {
        double sum = 0, sumSq = 0;
        if (nonZero is null)
        {
            var values = raw.AsSpan(0, count);
            sum = System.Numerics.Tensors.TensorPrimitives.Sum(values);
            sumSq = System.Numerics.Tensors.TensorPrimitives.SumOfSquares(values);
        }
        else
        {
            foreach (int i in nonZero)
            {
                sum += raw[i];
                sumSq += (double)raw[i] * raw[i];
            }
        }
        int n = Math.Max(1, count);
        double mean = sum / n;
        double sd = Math.Sqrt(Math.Max(sumSq / n - mean * mean, 0));
        return sd < 1e-9 ? null : new SparseComponent(raw, count, (float)mean, (float)(1 / sd));
    }

    /// <summary>Every item's z-score.</summary>
    public float[] Dense()
    {
        var z = new float[Count];
        for (int i = 0; i < z.Length; i++) z[i] = Value(i);
        return z;
    }
}
