using System.Numerics.Tensors;

namespace ColdStart.Engine.Text;

/// <summary>
/// Turns a model output into unit sentence vectors: [B, D] is used as is (re-normalised);
/// [B, T, D] token states are mean-pooled over the attention mask (the sentence-transformers default), or the first
/// ([CLS]) token is taken, and normalised.
/// </summary>
internal static class SentencePooling
{
    /// <summary>Writes <c>batch × dimension</c> unit rows into <paramref name="destination"/>.</summary>
    /// <param name="output">The model output, row-major.</param>
    /// <param name="shape">Its shape: [B, D] or [B, T, D].</param>
    /// <param name="mask">Attention mask, batch × <paramref name="tokens"/>.</param>
    /// <param name="tokens">Padded sequence length fed to the model.</param>
    /// <param name="destination">batch × dimension floats.</param>
    /// <param name="pooling">Mean over the mask or the [CLS] token, for [B, T, D] outputs.</param>
    public static void Pool(ReadOnlySpan<float> output, long[] shape, ReadOnlySpan<long> mask, int tokens, Span<float> destination,
        TokenPooling pooling = TokenPooling.Mean)
    {
        var batch = (int)shape[0];
        var dimension = (int)shape[^1];
        if (shape.Length == 2)
        {
            output[..(batch * dimension)].CopyTo(destination);
        }
        else if (shape.Length == 3 && shape[1] == tokens && pooling == TokenPooling.Cls)
        {
            for (var b = 0; b < batch; b++)
            {
                output.Slice(b * tokens * dimension, dimension).CopyTo(destination.Slice(b * dimension, dimension));
            }
        }
        else if (shape.Length == 3 && shape[1] == tokens)
        {
            MeanPool(output, batch, tokens, dimension, mask, destination);
        }
        else
        {
            throw new InvalidDataException($"Model output has shape [{string.Join(", ", shape)}]; expected [batch, dim] or [batch, {tokens}, dim].");
        }

        for (var b = 0; b < batch; b++)
        {
            EncoderWeights.Normalize(destination.Slice(b * dimension, dimension));
        }
    }

    private static void MeanPool(ReadOnlySpan<float> states, int batch, int tokens, int dimension, ReadOnlySpan<long> mask, Span<float> destination)
    {
        for (var b = 0; b < batch; b++)
        {
            var row = destination.Slice(b * dimension, dimension);
            row.Clear();
            var count = 0f;
            for (var t = 0; t < tokens; t++)
            {
                float weight = mask[b * tokens + t];
                if (weight != 0f)
                {
                    TensorPrimitives.MultiplyAdd(states.Slice((b * tokens + t) * dimension, dimension), weight, row, row);
                    count += weight;
                }
            }

            TensorPrimitives.Divide(row, Math.Max(count, 1e-9f), row);
        }
    }
}
