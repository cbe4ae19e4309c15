using System.Numerics.Tensors;
using ColdStart.Engine.Text;

namespace ColdStart.Tests.Shared;

/// <summary>
/// A fast deterministic stand-in text encoder for tests: each lower-case word adds ±1 to one of
/// <see cref="Dimension"/> buckets chosen by a stable string hash (the "hashing trick"), then the vector is L2-normalised.
/// Texts sharing words land near each other, which is all the evaluator and profile tests need; it is stateless and so thread-safe.
/// </summary>
internal sealed class WordHashEncoder(int dimension = 32) : ITextEncoder
{
    public int Dimension { get; } = dimension;
    public string ExecutionProvider => "CPU";
    public string ModelName => "word-hash";

    public float[] Encode(IReadOnlyList<string> texts)
    {
        var rows = new float[texts.Count * Dimension];
        for (int t = 0; t < texts.Count; t++) Encode(texts[t]).CopyTo(rows, t * Dimension);
        return rows;
    }

    public float[] Encode(string text)
    {
        var vector = new float[Dimension];
        foreach (var word in TextWords.Split(text))
        {
            uint hash = 2166136261;
            foreach (char c in word) hash = (hash ^ c) * 16777619;
            vector[hash % (uint)Dimension] += (hash & 0x8000_0000) == 0 ? 1f : -1f;
        }
        float norm = TensorPrimitives.Norm(vector);
        if (norm > 0) TensorPrimitives.Divide(vector, norm, vector);
        else vector[0] = 1f;
        return vector;
    }

    public void Dispose()
    {
    }
}
