using System.Numerics;
using System.Runtime.InteropServices;

namespace ColdStart.Engine.Collaborative;

/// <summary>
/// In-place Cholesky factorisation A = UᵀU of a dense symmetric positive-definite matrix (row-major, n × n; only the
/// upper triangle is read and written) and the two triangular solves. Outer-product (right-looking) form so that every
/// inner loop is a contiguous, SIMD-friendly row update.
/// </summary>
internal static class Cholesky
{
    /// <summary>Factors <paramref name="a"/> in place. Pivots below <paramref name="minPivot"/> (round-off on a matrix known
    /// to be ≥ minPivot·I, e.g. a ridge system) are raised to it, so the factorisation never fails.</summary>
    public static void Factor<T>(Span<T> a, int n, T minPivot)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (int k = 0; k < n; k++)
        {
            var rowK = a.Slice(k * n, n);
            T pivot = T.Sqrt(T.Max(rowK[k], minPivot));
            rowK[k] = pivot;
            T inverse = T.One / pivot;
            for (int j = k + 1; j < n; j++)
            {
                rowK[j] *= inverse;
            }

            for (int i = k + 1; i < n; i++)
            {
                T factor = rowK[i];
                if (factor != T.Zero)
                {
                    SubtractScaled(a.Slice(i * n + i, n - i), factor, rowK[i..]);
                }
            }
        }
    }

    /// <summary>Solves UᵀU x = b for x, overwriting <paramref name="bx"/> (b in, x out).</summary>
    public static void Solve<T>(ReadOnlySpan<T> u, int n, Span<T> bx)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (int k = 0; k < n; k++)
        {
            var rowK = u.Slice(k * n, n);
            T z = bx[k] / rowK[k];
            bx[k] = z;
            if (z != T.Zero)
            {
                SubtractScaled(bx[(k + 1)..], z, rowK[(k + 1)..]);
            }
        }

        for (int i = n - 1; i >= 0; i--)
        {
            var rowI = u.Slice(i * n, n);
            T sum = bx[i];
            for (int j = i + 1; j < n; j++)
            {
                sum -= rowI[j] * bx[j];
            }

            bx[i] = sum / rowI[i];
        }
    }

    /// <summary>target -= factor · source (same length).</summary>
    internal static void SubtractScaled<T>(Span<T> target, T factor, ReadOnlySpan<T> source)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated && target.Length >= Vector<T>.Count)
        {
            ref T t = ref MemoryMarshal.GetReference(target);
            ref T s = ref MemoryMarshal.GetReference(source);
            var f = new Vector<T>(factor);
            int last = target.Length - Vector<T>.Count;
            for (; i <= last; i += Vector<T>.Count)
            {
                var value = Vector.LoadUnsafe(ref t, (nuint)i) - f * Vector.LoadUnsafe(ref s, (nuint)i);
                value.StoreUnsafe(ref t, (nuint)i);
            }
        }

        for (; i < target.Length; i++)
        {
            target[i] -= factor * source[i];
        }
    }
}
