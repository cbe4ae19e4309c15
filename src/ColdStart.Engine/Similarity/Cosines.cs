using System.Numerics.Tensors;
using ColdStart.Engine.Scoring;

namespace ColdStart.Engine.Similarity;

/// <summary>
/// The engine's one cosine: of two vectors, of two rows of a <see cref="VectorSpace"/>, and of a query to every row.
/// A zero vector has cosine 0 with everything. The heatmaps, the profile panel and the evaluation's diversity all
/// read these.
/// </summary>
public static class Cosines
{
    /// <summary>Cosine of two equal-length vectors; 0 when either is zero.</summary>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    public static float Of(ReadOnlySpan<float> x, ReadOnlySpan<float> y)
    {
        if (x.Length != y.Length) throw new ArgumentException($"Vectors have different lengths ({x.Length} and {y.Length}).", nameof(y));
        float nx = TensorPrimitives.Norm(x), ny = TensorPrimitives.Norm(y);
        return nx == 0 || ny == 0 ? 0 : TensorPrimitives.Dot(x, y) / (nx * ny);
    }

    /// <summary>Cosine similarity of rows <paramref name="a"/> and <paramref name="b"/> of <paramref name="space"/>.</summary>
    public static float Cosine(this VectorSpace space, int a, int b)
    {
        ArgumentNullException.ThrowIfNull(space);
        return Of(space.Row(a), space.Row(b));
    }

    /// <summary>Cosine of <paramref name="query"/> with every row of <paramref name="space"/> (all 0 for a zero query).</summary>
    /// <exception cref="ArgumentException">The query's length is not the space's dimension.</exception>
    public static float[] ToRows(ReadOnlySpan<float> query, VectorSpace space)
    {
        ArgumentNullException.ThrowIfNull(space);
        if (query.Length != space.Dimension)
            throw new ArgumentException($"The query has {query.Length} components but the space has {space.Dimension}.", nameof(query));
        var result = new float[space.Count];
        for (int i = 0; i < result.Length; i++) result[i] = Of(query, space.Row(i));
        return result;
    }
}
