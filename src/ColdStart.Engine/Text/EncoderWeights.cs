using System.Numerics.Tensors;

namespace ColdStart.Engine.Text;

/// <summary>
/// Parameters of the project's text encoder: token embeddings → masked mean → dense + tanh → projection → L2.
/// All matrices are row-major float arrays; <see cref="Forward"/> is the plain C# reference of the ONNX graph.
/// </summary>
public sealed class EncoderWeights
{
    /// <summary>Creates weights from arrays (not copied); lengths must match the shapes.</summary>
    /// <param name="vocabSize">V, rows of <paramref name="embeddings"/>.</param>
    /// <param name="hidden">H, embedding and dense width.</param>
    /// <param name="dimension">D, output width.</param>
    /// <param name="embeddings">V × H.</param>
    /// <param name="w1">Dense weights H × H (input row, output column).</param>
    /// <param name="b1">Dense bias H.</param>
    /// <param name="w2">Projection H × D.</param>
    /// <param name="b2">Projection bias D.</param>
    public EncoderWeights(int vocabSize, int hidden, int dimension, float[] embeddings, float[] w1, float[] b1, float[] w2, float[] b2)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(vocabSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(hidden, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        RequireLength(embeddings, (long)vocabSize * hidden, nameof(embeddings));
        RequireLength(w1, (long)hidden * hidden, nameof(w1));
        RequireLength(b1, hidden, nameof(b1));
        RequireLength(w2, (long)hidden * dimension, nameof(w2));
        RequireLength(b2, dimension, nameof(b2));
        (VocabSize, Hidden, Dimension) = (vocabSize, hidden, dimension);
        (Embeddings, W1, B1, W2, B2) = (embeddings, w1, b1, w2, b2);
    }

    public int VocabSize { get; }

    public int Hidden { get; }

    public int Dimension { get; }

    /// <summary>Token embeddings, V × H.</summary>
    public float[] Embeddings { get; }

    /// <summary>Dense weights, H × H.</summary>
    public float[] W1 { get; }

    /// <summary>Dense bias, H.</summary>
    public float[] B1 { get; }

    /// <summary>Projection weights, H × D.</summary>
    public float[] W2 { get; }

    /// <summary>Projection bias, D.</summary>
    public float[] B2 { get; }

    /// <summary>Mean training loss of each epoch (empty for weights that were not trained).</summary>
    public IReadOnlyList<double> EpochLosses { get; init; } = [];

    /// <summary>Random weights (Glorot-uniform matrices, zero biases), deterministic for a seed.</summary>
    public static EncoderWeights CreateRandom(int vocabSize, int hidden, int dimension, int seed)
    {
        var random = new Random(seed);
        var embeddings = Uniform(random, (long)vocabSize * hidden, 1f / MathF.Sqrt(hidden));
        var w1 = Uniform(random, (long)hidden * hidden, MathF.Sqrt(6f / (hidden + hidden)));
        var w2 = Uniform(random, (long)hidden * dimension, MathF.Sqrt(6f / (hidden + dimension)));
        return new EncoderWeights(vocabSize, hidden, dimension, embeddings, w1, new float[hidden], w2, new float[dimension]);
    }

    /// <summary>Encodes a padded batch exactly as the ONNX graph does.</summary>
    /// <param name="ids">batch × tokens token ids, each in [0, VocabSize).</param>
    /// <param name="mask">batch × tokens, 1 for real tokens and 0 for padding.</param>
    /// <param name="batch">Number of rows.</param>
    /// <param name="tokens">Padded sequence length.</param>
    /// <returns>batch × Dimension unit rows (a zero row stays zero).</returns>
    public float[] Forward(long[] ids, long[] mask, int batch, int tokens)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(mask);
        if (ids.Length != (long)batch * tokens || mask.Length != ids.Length)
        {
            throw new ArgumentException($"ids and mask must both hold batch × tokens = {batch} × {tokens} values (got {ids.Length} and {mask.Length}).");
        }

        var output = new float[batch * Dimension];
        var pooled = new float[Hidden];
        var activated = new float[Hidden];
        for (var b = 0; b < batch; b++)
        {
            Pool(ids.AsSpan(b * tokens, tokens), mask.AsSpan(b * tokens, tokens), pooled);
            Transform(pooled, activated, output.AsSpan(b * Dimension, Dimension));
            Normalize(output.AsSpan(b * Dimension, Dimension));
        }

        return output;
    }

    /// <summary>Masked mean of token embeddings: Σ mask·emb / max(Σ mask, 1e-9).</summary>
    internal void Pool(ReadOnlySpan<long> ids, ReadOnlySpan<long> mask, Span<float> pooled)
    {
        pooled.Clear();
        var count = 0f;
        for (var t = 0; t < ids.Length; t++)
        {
            var id = ids[t];
            if (id < 0 || id >= VocabSize)
            {
                throw new ArgumentOutOfRangeException(nameof(ids), id, $"Token id must be in [0, {VocabSize}).");
            }

            float weight = mask[t];
            if (weight != 0f)
            {
                TensorPrimitives.MultiplyAdd(Embeddings.AsSpan((int)id * Hidden, Hidden), weight, pooled, pooled);
                count += weight;
            }
        }

        TensorPrimitives.Divide(pooled, Math.Max(count, 1e-9f), pooled);
    }

    /// <summary>output = tanh(pooled·W1 + B1)·W2 + B2 (before normalisation); <paramref name="activated"/> receives tanh(...).</summary>
    internal void Transform(ReadOnlySpan<float> pooled, Span<float> activated, Span<float> output)
    {
        B1.CopyTo(activated);
        for (var k = 0; k < Hidden; k++)
        {
            TensorPrimitives.MultiplyAdd(W1.AsSpan(k * Hidden, Hidden), pooled[k], activated, activated);
        }

        TensorPrimitives.Tanh(activated, activated);
        B2.CopyTo(output);
        for (var k = 0; k < Hidden; k++)
        {
            TensorPrimitives.MultiplyAdd(W2.AsSpan(k * Dimension, Dimension), activated[k], output, output);
        }
    }

    /// <summary>Scales to unit length in place and returns the original length (a zero vector stays zero).</summary>
    internal static float Normalize(Span<float> vector)
    {
        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0f)
        {
            TensorPrimitives.Divide(vector, norm, vector);
        }

        return norm;
    }

    private static float[] Uniform(Random random, long length, float limit)
    {
        var values = new float[length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (float)((random.NextDouble() * 2 - 1) * limit);
        }

        return values;
    }

    private static void RequireLength(float[] array, long expected, string name)
    {
        ArgumentNullException.ThrowIfNull(array, name);
        if (array.Length != expected)
        {
            throw new ArgumentException($"{name} must hold {expected} values (got {array.Length}).", name);
        }
    }
}
