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

        for (int k = 0; k < observed.Length; k++)
        {
            var y = other.Slice(observed[k] * f, f);
            float c = Confidence(weights[k], alpha);
            AddScaled(x, c, y);
            AddOuterProduct(system, f, c - 1f, y);
        }

        Cholesky.Factor(system, f, lambda);
        Cholesky.Solve<float>(system, f, x);
    }

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
                AddScaled(system.Slice(i * f + i, f - i), scale, y[i..]);
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
}
