using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ColdStart.Engine.Collaborative;

/// <summary>
/// In-place Cholesky factorisation A = UᵀU of a dense symmetric positive-definite matrix (row-major, n × n; only the
/// upper triangle is read; the lower triangle is scratch) and the two triangular solves. Outer-product (right-looking)
/// form so that every inner loop is a contiguous, SIMD-friendly row update.
/// </summary>
internal static class Cholesky
{
    /// <summary>Factors <paramref name="a"/> in place; afterwards its upper triangle holds U and its strict lower triangle
    /// holds zeros. Pivots below <paramref name="minPivot"/> (round-off on a matrix known to be ≥ minPivot·I, e.g. a ridge
    /// system) are raised to it, so the factorisation never fails.</summary>
    /// <remarks>Row updates start at the SIMD-aligned column at or before the diagonal, so they run without scalar tails
    /// when n is a multiple of the vector width; the extra columns lie in the lower triangle, which is cleared before a
    /// row is used as a pivot row and never read as part of U.</remarks>
    public static void Factor<T>(Span<T> a, int n, T minPivot)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        CheckSquare(a.Length, n);
        for (int k = 0; k < n; k++)
        {
            var rowK = a.Slice(k * n, n);
            rowK[..k].Clear();
            T pivot = T.Sqrt(T.Max(rowK[k], minPivot));
            Scale(rowK[AlignedStart<T>(k)..], T.One / pivot);
            rowK[k] = pivot;
            EliminateBelow(a, n, k);
        }
    }

    /// <summary>Solves UᵀU x = b for x, overwriting <paramref name="bx"/> (b in, x out).</summary>
    public static void Solve<T>(ReadOnlySpan<T> u, int n, Span<T> bx)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        CheckSquare(u.Length, n);
        if (bx.Length != n)
        {
            throw new ArgumentException($"Right-hand side has length {bx.Length}, expected {n}.", nameof(bx));
        }

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

    /// <summary>Trailing update of step k: row i −= U[k,i] · row k, for every row i &gt; k, from row i's aligned start.</summary>
    private static void EliminateBelow<T>(Span<T> a, int n, int k)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int width = Vector.IsHardwareAccelerated ? Vector<T>.Count : int.MaxValue;
        ref T origin = ref MemoryMarshal.GetReference(a);
        ref T rowK = ref Unsafe.Add(ref origin, k * n);
        for (int i = k + 1; i < n; i++)
        {
            T factor = Unsafe.Add(ref rowK, i);
            if (factor == T.Zero)
            {
                continue;
            }

            ref T rowI = ref Unsafe.Add(ref origin, i * n);
            int j = AlignedStart<T>(i);
            if (width <= n)
            {
                var f = new Vector<T>(factor);
                for (; j <= n - width; j += width)
                {
                    var value = Vector.LoadUnsafe(ref rowI, (nuint)j) - f * Vector.LoadUnsafe(ref rowK, (nuint)j);
                    value.StoreUnsafe(ref rowI, (nuint)j);
                }
            }

            for (; j < n; j++)
            {
                Unsafe.Add(ref rowI, j) -= factor * Unsafe.Add(ref rowK, j);
            }
        }
    }

    private static void Scale<T>(Span<T> values, T factor)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated && values.Length >= Vector<T>.Count)
        {
            ref T v = ref MemoryMarshal.GetReference(values);
            var f = new Vector<T>(factor);
            int last = values.Length - Vector<T>.Count;
            for (; i <= last; i += Vector<T>.Count)
            {
                (Vector.LoadUnsafe(ref v, (nuint)i) * f).StoreUnsafe(ref v, (nuint)i);
            }
        }

        for (; i < values.Length; i++)
        {
            values[i] *= factor;
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

    /// <summary>The largest multiple of the SIMD width not above <paramref name="column"/>.</summary>
    private static int AlignedStart<T>(int column)
        where T : unmanaged => Vector.IsHardwareAccelerated ? column - column % Vector<T>.Count : column;

    private static void CheckSquare(int length, int n)
    {
        if (length < n * n)
        {
            throw new ArgumentException($"Matrix storage has {length} values, fewer than {n} × {n}.");
        }
    }
}
