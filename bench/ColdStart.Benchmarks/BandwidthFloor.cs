using System.Numerics.Tensors;

namespace ColdStart.Benchmarks;

/// <summary>
/// The memory-bandwidth floor of a ranking pass: summing a float block once on all cores, chunked like the scorer
/// (16,384 rows per task), with <see cref="TensorPrimitives.Sum(ReadOnlySpan{float})"/>. No scoring can read its vectors faster.
/// </summary>
internal static class BandwidthFloor
{
    private const int ChunkRows = 16_384;

    /// <summary>Sum of all floats of <paramref name="block"/> (rows of <paramref name="dimension"/>), one task per chunk.</summary>
    public static float Sum(float[] block, int dimension)
    {
        int chunkFloats = ChunkRows * dimension;
        int chunks = (block.Length + chunkFloats - 1) / chunkFloats;
        var partial = new float[chunks];
        Parallel.For(0, chunks, c =>
        {
            int start = c * chunkFloats;
            partial[c] = TensorPrimitives.Sum(new ReadOnlySpan<float>(block, start, Math.Min(chunkFloats, block.Length - start)));
        });
        return TensorPrimitives.Sum(partial);
    }

    /// <summary>The same over an 8-bit block (<see cref="ColdStart.Engine.Scoring.QuantisedRows"/>): the floor of the scorer's first pass.</summary>
    public static int Sum(sbyte[] block, int dimension)
    {
        int chunkValues = ChunkRows * dimension;
        int chunks = (block.Length + chunkValues - 1) / chunkValues;
        var partial = new int[chunks];
        Parallel.For(0, chunks, c =>
        {
            int start = c * chunkValues;
            partial[c] = TensorPrimitives.Sum<sbyte>(new ReadOnlySpan<sbyte>(block, start, Math.Min(chunkValues, block.Length - start)));
        });
        return TensorPrimitives.Sum<int>(partial);
    }
}
