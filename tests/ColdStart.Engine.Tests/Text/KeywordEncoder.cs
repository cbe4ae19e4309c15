using ColdStart.Engine.Text;

namespace ColdStart.Engine.Tests.Text;

/// <summary>
/// A transparent test encoder: one dimension per known keyword, the unit vector of the keyword counts (lower case,
/// split on non-letters); a text without keywords gets the zero vector. Counts every text it encodes.
/// </summary>
internal sealed class KeywordEncoder(params string[] keywords) : ITextEncoder
{
    private long _encoded;

    public int Dimension => keywords.Length;
    public string ExecutionProvider => "CPU";
    public string ModelName => "keywords";

    /// <summary>Texts encoded so far (batch texts and single texts).</summary>
    public long Encoded => Interlocked.Read(ref _encoded);

    public float[] Encode(string text) => Encode([text]);

    public float[] Encode(IReadOnlyList<string> texts)
    {
        Interlocked.Add(ref _encoded, texts.Count);
        var result = new float[texts.Count * Dimension];
        for (int t = 0; t < texts.Count; t++)
        {
            var row = result.AsSpan(t * Dimension, Dimension);
            foreach (var word in System.Text.RegularExpressions.Regex.Split(texts[t].ToLowerInvariant(), "[^a-z]+"))
            {
                int k = Array.IndexOf(keywords, word);
                if (k >= 0) row[k] += 1;
            }
            float norm = System.Numerics.Tensors.TensorPrimitives.Norm(row);
            if (norm > 0) System.Numerics.Tensors.TensorPrimitives.Divide(row, norm, row);
        }
        return result;
    }

    public void Dispose()
    {
    }
}
