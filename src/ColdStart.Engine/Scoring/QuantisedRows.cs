namespace ColdStart.Engine.Scoring;

/// <summary>
/// An 8-bit copy of a row block for the scorer's first pass: row i ≈ <c>Scales[i] × Values[i·d … i·d+d)</c>, each
/// value rounded to the nearest of −127…127 after dividing by the row's largest magnitude / 127. A quarter of the
/// bytes of the float rows, so a pass over a large catalog is no longer bound by memory bandwidth. Rounding moves each
/// value by at most half a step, so <c>|row·q − approx| ≤ Scales[i] / 2 × ‖q‖₁</c>: the scorer uses that bound to keep
/// every item that could be in the exact top k and re-scores those exactly.
/// </summary>
internal sealed class QuantisedRows
{
    private QuantisedRows(sbyte[] values, float[] scales)
    {
        Values = values;
        Scales = scales;
    }

    public sbyte[] Values { get; }
    public float[] Scales { get; }

    public static QuantisedRows Create(float[] rows, int dimension)
    {
        int count = rows.Length / dimension;
        var values = new sbyte[rows.Length];
        var scales = new float[count];
        for (int i = 0; i < count; i++) scales[i] = Quantise(rows.AsSpan(i * dimension, dimension), values.AsSpan(i * dimension, dimension));
        return new QuantisedRows(values, scales);
    }

    /// <summary>A copy with one row re-quantised.</summary>
    public QuantisedRows WithRow(int index, ReadOnlySpan<float> row)
    {
        var values = (sbyte[])Values.Clone();
        var scales = (float[])Scales.Clone();
        scales[index] = Quantise(row, values.AsSpan(index * row.Length, row.Length));
        return new QuantisedRows(values, scales);
    }

    private static float Quantise(ReadOnlySpan<float> row, Span<sbyte> target)
    {
        float max = 0;
        foreach (float v in row) max = Math.Max(max, Math.Abs(v));
        if (max == 0 || !float.IsFinite(max))
        {
            target.Clear();
            return 0;
        }
        float scale = max / 127f;
        for (int j = 0; j < row.Length; j++) target[j] = (sbyte)Math.Clamp(MathF.Round(row[j] / scale), -127, 127);
        return scale;
    }
}
