using ColdStart.Engine.Text;

namespace ColdStart.Engine.Tests.Text;

/// <summary>
/// Planted data for encoder tests: 8 clusters, each with its own words; every text mixes 3–4 words of its cluster
/// with shared filler words, and its target is the cluster centroid plus noise.
/// </summary>
internal sealed class PlantedCatalog
{
    public const int Clusters = 8;

    private static readonly string[][] ClusterWords =
    [
        ["tent", "camping", "sleeping", "lantern", "hiking"],
        ["espresso", "coffee", "grinder", "barista", "beans"],
        ["stroller", "diaper", "baby", "crib", "toddler"],
        ["guitar", "amplifier", "strings", "pedal", "drums"],
        ["lipstick", "mascara", "serum", "perfume", "skincare"],
        ["laptop", "keyboard", "monitor", "mouse", "charger"],
        ["football", "jersey", "goalkeeper", "cleats", "stadium"],
        ["novel", "paperback", "author", "poetry", "bookmark"],
    ];

    private static readonly string[] Filler = ["great", "new", "quality", "for", "the", "with", "best", "deal"];

    public PlantedCatalog(int textsPerCluster, int dimension, int seed, float noise = 0.35f)
    {
        var random = new Random(seed);
        Dimension = dimension;
        Centroids = Gaussian(random, Clusters * dimension);
        var texts = new List<string>();
        var clusters = new List<int>();
        var targets = new List<float>();
        for (var c = 0; c < Clusters; c++)
        {
            for (var n = 0; n < textsPerCluster; n++)
            {
                texts.Add(Sentence(random, c));
                clusters.Add(c);
                for (var d = 0; d < dimension; d++)
                {
                    targets.Add(Centroids[c * dimension + d] + noise * Normal(random));
                }
            }
        }

        Texts = texts;
        ClusterOf = clusters;
        Targets = [.. targets];
        Pairs = [.. texts.Select((text, i) => new TrainingPair(text, i))];
    }

    public int Dimension { get; }

    public float[] Centroids { get; }

    public IReadOnlyList<string> Texts { get; }

    public IReadOnlyList<int> ClusterOf { get; }

    public float[] Targets { get; }

    public IReadOnlyList<TrainingPair> Pairs { get; }

    public static string Sentence(Random random, int cluster)
    {
        var words = new List<string>();
        var own = 3 + random.Next(2);
        for (var i = 0; i < own; i++)
        {
            words.Add(ClusterWords[cluster][random.Next(ClusterWords[cluster].Length)]);
        }

        words.Add(Filler[random.Next(Filler.Length)]);
        words.Add(Filler[random.Next(Filler.Length)]);
        return string.Join(' ', words.OrderBy(_ => random.Next()));
    }

    /// <summary>Cosine between two vectors.</summary>
    public static float Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b) =>
        System.Numerics.Tensors.TensorPrimitives.CosineSimilarity(a, b);

    private static float[] Gaussian(Random random, int length)
    {
        var values = new float[length];
        for (var i = 0; i < length; i++)
        {
            values[i] = Normal(random);
        }

        return values;
    }

    private static float Normal(Random random) =>
        (float)(Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));
}
