using System.Numerics.Tensors;

namespace ColdStart.Engine.Tests.Collaborative;

/// <summary>Small vector helpers for assertions.</summary>
internal static class VectorMath
{
    public static float Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b) => TensorPrimitives.CosineSimilarity(a, b);

    /// <summary>Scores of every item for a user vector: itemFactors · user.</summary>
    public static float[] Scores(float[] itemFactors, int factors, ReadOnlySpan<float> user)
    {
        var scores = new float[itemFactors.Length / factors];
        for (int i = 0; i < scores.Length; i++)
        {
            scores[i] = TensorPrimitives.Dot(itemFactors.AsSpan(i * factors, factors), user);
        }

        return scores;
    }

    /// <summary>Indices of the <paramref name="k"/> highest scores not in <paramref name="excluded"/>, ties by index.</summary>
    public static int[] TopK(float[] scores, int k, ISet<int>? excluded = null) =>
        Enumerable.Range(0, scores.Length)
            .Where(i => excluded?.Contains(i) != true)
            .OrderByDescending(i => scores[i])
            .ThenBy(i => i)
            .Take(k)
            .ToArray();
}
