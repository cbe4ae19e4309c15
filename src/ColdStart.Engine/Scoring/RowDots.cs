using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ColdStart.Engine.Scoring;

/// <summary>
/// Dot products of a block of contiguous row-major rows with fixed queries, added into a score block. For the default
/// 64-d spaces on AVX-512 hardware the queries stay in registers (four 16-lane vectors each), both spaces accumulate
/// into one vector per row and one horizontal sum finishes the row, so ranking runs at close to memory bandwidth.
/// Other shapes fall back to <see cref="TensorPrimitives.Dot(ReadOnlySpan{float}, ReadOnlySpan{float})"/> per row.
/// </summary>
internal static class RowDots
{
    private const int Wide = 64;

    /// <summary><c>scores[j] += rows[j]·query</c> for every row j of the block.</summary>
    public static void Add(ReadOnlySpan<float> rows, ReadOnlySpan<float> query, Span<float> scores)
    {
        int d = query.Length;
        RequireRows(rows, d, scores.Length);
        if (d == Wide && Vector512.IsHardwareAccelerated)
        {
            AddWide(rows, query, rows, query, scores, both: false);
            return;
        }
        for (int j = 0; j < scores.Length; j++) scores[j] += TensorPrimitives.Dot(rows.Slice(j * d, d), query);
    }

    /// <summary><c>scores[j] += a[j]·qa + b[j]·qb</c>: both spaces in one pass over the block.</summary>
    public static void Add(ReadOnlySpan<float> a, ReadOnlySpan<float> qa, ReadOnlySpan<float> b, ReadOnlySpan<float> qb, Span<float> scores)
    {
        RequireRows(a, qa.Length, scores.Length);
        RequireRows(b, qb.Length, scores.Length);
        if (qa.Length == Wide && qb.Length == Wide && Vector512.IsHardwareAccelerated)
        {
            AddWide(a, qa, b, qb, scores, both: true);
            return;
        }
        Add(a, qa, scores);
        Add(b, qb, scores);
    }

    private static void AddWide(ReadOnlySpan<float> a, ReadOnlySpan<float> qa, ReadOnlySpan<float> b, ReadOnlySpan<float> qb, Span<float> scores, bool both)
    {
        var a0 = Vector512.Create(qa[..16]);
        var a1 = Vector512.Create(qa.Slice(16, 16));
        var a2 = Vector512.Create(qa.Slice(32, 16));
        var a3 = Vector512.Create(qa.Slice(48, 16));
        ref float ra = ref MemoryMarshal.GetReference(a);
        ref float s = ref MemoryMarshal.GetReference(scores);
        if (!both)
        {
            for (int j = 0; j < scores.Length; j++)
            {
                ref float row = ref Unsafe.Add(ref ra, j * Wide);
                Unsafe.Add(ref s, j) += Vector512.Sum(Dot(ref row, a0, a1, a2, a3));
            }
            return;
        }
        var b0 = Vector512.Create(qb[..16]);
        var b1 = Vector512.Create(qb.Slice(16, 16));
        var b2 = Vector512.Create(qb.Slice(32, 16));
        var b3 = Vector512.Create(qb.Slice(48, 16));
        ref float rb = ref MemoryMarshal.GetReference(b);
        for (int j = 0; j < scores.Length; j++)
        {
            var sum = Dot(ref Unsafe.Add(ref ra, j * Wide), a0, a1, a2, a3) + Dot(ref Unsafe.Add(ref rb, j * Wide), b0, b1, b2, b3);
            Unsafe.Add(ref s, j) += Vector512.Sum(sum);
        }
    }

    private static void RequireRows<T>(ReadOnlySpan<T> rows, int dimension, int count)
    {
        if (rows.Length < dimension * count)
            throw new ArgumentException($"The row block holds {rows.Length} floats, {count} rows of {dimension} need {dimension * count}.", nameof(rows));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<float> Dot(ref float row, Vector512<float> q0, Vector512<float> q1, Vector512<float> q2, Vector512<float> q3)
    {
        var acc = Vector512.LoadUnsafe(ref row) * q0;
        acc = Vector512.FusedMultiplyAdd(Vector512.LoadUnsafe(ref row, 16), q1, acc);
        acc = Vector512.FusedMultiplyAdd(Vector512.LoadUnsafe(ref row, 32), q2, acc);
        return Vector512.FusedMultiplyAdd(Vector512.LoadUnsafe(ref row, 48), q3, acc);
    }

    /// <summary>Whether <see cref="AddQuantised"/> runs here: AVX-512 and 64-d rows.</summary>
    public static bool QuantisedSupported(int dimension) => Avx512F.IsSupported && dimension == Wide;

    /// <summary>
    /// <c>scores[j] += sa[j]·(a[j]·qa) + sb[j]·(b[j]·qb)</c> over 8-bit 64-d rows (see <see cref="QuantisedRows"/>); a
    /// component with an empty query is skipped. Requires <see cref="QuantisedSupported"/>.
    /// </summary>
    public static void AddQuantised(
        ReadOnlySpan<sbyte> a, ReadOnlySpan<float> sa, ReadOnlySpan<float> qa,
        ReadOnlySpan<sbyte> b, ReadOnlySpan<float> sb, ReadOnlySpan<float> qb, Span<float> scores)
    {
        bool useA = qa.Length == Wide, useB = qb.Length == Wide;
        if (!Avx512F.IsSupported || (!useA && !useB)) throw new InvalidOperationException("8-bit rows need AVX-512 and a 64-d query.");
        if (useA) RequireRows(a, Wide, scores.Length);
        if (useB) RequireRows(b, Wide, scores.Length);
        var a0 = useA ? Vector512.Create(qa[..16]) : default;
        var a1 = useA ? Vector512.Create(qa.Slice(16, 16)) : default;
        var a2 = useA ? Vector512.Create(qa.Slice(32, 16)) : default;
        var a3 = useA ? Vector512.Create(qa.Slice(48, 16)) : default;
        var b0 = useB ? Vector512.Create(qb[..16]) : default;
        var b1 = useB ? Vector512.Create(qb.Slice(16, 16)) : default;
        var b2 = useB ? Vector512.Create(qb.Slice(32, 16)) : default;
        var b3 = useB ? Vector512.Create(qb.Slice(48, 16)) : default;
        ref sbyte ra = ref MemoryMarshal.GetReference(a);
        ref sbyte rb = ref MemoryMarshal.GetReference(b);
        for (int j = 0; j < scores.Length; j++)
        {
            var sum = Vector512<float>.Zero;
            if (useA) sum = Dot8(ref Unsafe.Add(ref ra, j * Wide), a0, a1, a2, a3) * sa[j];
            if (useB) sum = Vector512.FusedMultiplyAdd(Dot8(ref Unsafe.Add(ref rb, j * Wide), b0, b1, b2, b3), Vector512.Create(sb[j]), sum);
            scores[j] += Vector512.Sum(sum);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<float> Dot8(ref sbyte row, Vector512<float> q0, Vector512<float> q1, Vector512<float> q2, Vector512<float> q3)
    {
        var acc = Widen(ref row, 0) * q0;
        acc = Vector512.FusedMultiplyAdd(Widen(ref row, 16), q1, acc);
        acc = Vector512.FusedMultiplyAdd(Widen(ref row, 32), q2, acc);
        return Vector512.FusedMultiplyAdd(Widen(ref row, 48), q3, acc);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<float> Widen(ref sbyte row, int offset) =>
        Avx512F.ConvertToVector512Single(Avx512F.ConvertToVector512Int32(Vector128.LoadUnsafe(ref row, (nuint)offset)));
}
