using System.Numerics.Tensors;
using ColdStart.Engine.Text;

namespace ColdStart.Workbench.Tests.Heatmaps;

/// <summary>
/// A deterministic stand-in text encoder (the hashing trick): each lower-case word adds 1 to one of 16 buckets chosen by
/// an FNV-1a hash, then the vector is L2-normalised. Texts sharing words land near each other.
/// </summary>
internal sealed class BagOfWordsEncoder : ITextEncoder
{
    public int Dimension => 16;
    public string ExecutionProvider => "CPU";
    public string ModelName => "bag-of-words";

    public float[] Encode(IReadOnlyList<string> texts)
    {
        var rows = new float[texts.Count * Dimension];
        for (int t = 0; t < texts.Count; t++) Encode(texts[t]).CopyTo(rows, t * Dimension);
        return rows;
    }

    public float[] Encode(string text)
    {
        var vector = new float[Dimension];
        foreach (var word in text.ToLowerInvariant().Split([' ', '.', ',', '>', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            uint hash = 2166136261;
            foreach (char c in word) hash = (hash ^ c) * 16777619;
            vector[hash % (uint)Dimension] += 1f;
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
