using System.Numerics;
using System.Runtime.InteropServices;

namespace ColdStart.Engine.Collaborative;

/// <summary>
/// The half-step of implicit-feedback weighted ALS (Hu, Koren &amp; Volinsky 2008, eq. 4): with the other side's factors Y
/// fixed, one row's vector is x = (YᵀY + Σ (c−1)·y yᵀ + λI)⁻¹ Σ c·y over its observed entries, where c = 1 + α·ln(1 + w).
/// YᵀY is shared by all rows; the per-row sums touch only that row's observed entries. Used by training and fold-in alike.
/// </summary>
internal static class WeightedLeastSquares
{
    /// <summary>Confidence of an observed entry with summed event weight <paramref name="weight"/>.</summary>
    public static float Confidence(float weight, float alpha) => 1f + alpha * MathF.Log(1f + weight);

    /// <summary>YᵀY (f × f, full symmetric, row-major) of the <paramref name="rows"/> × f matrix <paramref name="factors"/>.</summary>
    public static float[] Gram(ReadOnlySpan<float> factors, int rows, int f)
    {
        var gram = new float[f * f];
        for (int r = 0; r < rows; r++)
        {
            var y = factors.Slice(r * f, f);
            for (int i = 0; i < f; i++)
            {
                if (y[i] != 0f)
                {
                    AddScaled(gram.AsSpan(i * f, f), y[i], y);
                }
            }
        }

        return gram;
    }

    /// <summary>
    /// Solves one row. <paramref name="system"/> (f × f) is scratch; the result is written to <paramref name="x"/> (length f).
    /// Rows with no observed entries get the zero vector.
    /// </summary>
    public static void SolveRow(
        ReadOnlySpan<float> gram,
        ReadOnlySpan<float> other,
        int f,
        ReadOnlySpan<int> observed,
        ReadOnlySpan<float> weights,
        float alpha,
        float lambda,
        Span<float> system,
        Span<float> x)
    {
        x.Clear();
        if (observed.IsEmpty)
        {
            return;
        }

        gram.CopyTo(system);
        for (int i = 0; i < f; i++)
        {
            system[i * f + i] += lambda;
        }

        AddObserved(other, f, observed, weights, alpha, system, x);
        Cholesky.Factor(system, f, lambda);
        Cholesky.Solve<float>(system, f, x);
    }

    /// <summary>
    /// system += Σ (c−1)·y yᵀ (upper triangle) and x += Σ c·y over the observed entries; outer products go four at a time
    /// so each row of the system is loaded and stored once per four entries.
    /// </summary>
    private static void AddObserved(
        ReadOnlySpan<float> other, int f, ReadOnlySpan<int> observed, ReadOnlySpan<float> weights, float alpha, Span<float> system, Span<float> x)
    {
        int k = 0;
        for (; k + 4 <= observed.Length; k += 4)
        {
            var y0 = AddTarget(other, f, observed[k], weights[k], alpha, x, out float s0);
            var y1 = AddTarget(other, f, observed[k + 1], weights[k + 1], alpha, x, out float s1);
            var y2 = AddTarget(other, f, observed[k + 2], weights[k + 2], alpha, x, out float s2);
            var y3 = AddTarget(other, f, observed[k + 3], weights[k + 3], alpha, x, out float s3);
            for (int i = 0; i < f; i++)
            {
                int from = AlignedStart(i);
                AddScaled4(system.Slice(i * f + from, f - from), s0 * y0[i], y0[from..], s1 * y1[i], y1[from..], s2 * y2[i], y2[from..], s3 * y3[i], y3[from..]);
            }
        }

        for (; k < observed.Length; k++)
        {
            var y = AddTarget(other, f, observed[k], weights[k], alpha, x, out float s);
            AddOuterProduct(system, f, s, y);
        }
    }

    /// <summary>Adds c·y to the right-hand side and returns y with s = c − 1, the weight of its outer product.</summary>
    private static ReadOnlySpan<float> AddTarget(ReadOnlySpan<float> other, int f, int index, float weight, float alpha, Span<float> x, out float s)
    {
        var y = other.Slice(index * f, f);
        float c = Confidence(weight, alpha);
        AddScaled(x, c, y);
        s = c - 1f;
        return y;
    }

    /// <summary>
    /// The largest multiple of the SIMD width not above <paramref name="column"/>: rank-one updates of row i start there
    /// so they need no scalar tail; the few extra columns are in the lower triangle, which the Cholesky step ignores.
    /// </summary>
    private static int AlignedStart(int column) => Vector.IsHardwareAccelerated ? column - column % Vector<float>.Count : column;

    /// <summary>Upper triangle of system += s · y yᵀ.</summary>
    private static void AddOuterProduct(Span<float> system, int f, float s, ReadOnlySpan<float> y)
    {
        if (s == 0f)
        {
            return;
        }

        for (int i = 0; i < f; i++)
        {
            float scale = s * y[i];
            if (scale != 0f)
            {
                int from = AlignedStart(i);
                AddScaled(system.Slice(i * f + from, f - from), scale, y[from..]);
            }
        }
    }

    /// <summary>target += factor · source (same length).</summary>
    private static void AddScaled(Span<float> target, float factor, ReadOnlySpan<float> source)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated && target.Length >= Vector<float>.Count)
        {
            ref float t = ref MemoryMarshal.GetReference(target);
            ref float src = ref MemoryMarshal.GetReference(source);
            var scale = new Vector<float>(factor);
            int last = target.Length - Vector<float>.Count;
            for (; i <= last; i += Vector<float>.Count)
            {
                var value = Vector.FusedMultiplyAdd(scale, Vector.LoadUnsafe(ref src, (nuint)i), Vector.LoadUnsafe(ref t, (nuint)i));
                value.StoreUnsafe(ref t, (nuint)i);
            }
        }

        for (; i < target.Length; i++)
        {
            target[i] += factor * source[i];
        }
    }

    /// <summary>target += a0·y0 + a1·y1 + a2·y2 + a3·y3 (same lengths), one pass over target.</summary>
    private static void AddScaled4(
        Span<float> target,
        float a0,
        ReadOnlySpan<float> y0,
        float a1,
        ReadOnlySpan<float> y1,
        float a2,
        ReadOnlySpan<float> y2,
        float a3,
        ReadOnlySpan<float> y3)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated && target.Length >= Vector<float>.Count)
        {
            ref float t = ref MemoryMarshal.GetReference(target);
            ref float r0 = ref MemoryMarshal.GetReference(y0);
            ref float r1 = ref MemoryMarshal.GetReference(y1);
            ref float r2 = ref MemoryMarshal.GetReference(y2);
            ref float r3 = ref MemoryMarshal.GetReference(y3);
            Vector<float> v0 = new(a0), v1 = new(a1), v2 = new(a2), v3 = new(a3);
            int last = target.Length - Vector<float>.Count;
            for (; i <= last; i += Vector<float>.Count)
            {
                var at = (nuint)i;
                var sum = Vector.FusedMultiplyAdd(v0, Vector.LoadUnsafe(ref r0, at), Vector.LoadUnsafe(ref t, at));
                sum = Vector.FusedMultiplyAdd(v1, Vector.LoadUnsafe(ref r1, at), sum);
                sum = Vector.FusedMultiplyAdd(v2, Vector.LoadUnsafe(ref r2, at), sum);
                sum = Vector.FusedMultiplyAdd(v3, Vector.LoadUnsafe(ref r3, at), sum);
                sum.StoreUnsafe(ref t, at);
            }
        }

        for (; i < target.Length; i++)
        {
            target[i] += a0 * y0[i] + a1 * y1[i] + a2 * y2[i] + a3 * y3[i];
        }
    }
}
