using ColdStart.Engine.Domain;
using ColdStart.Engine.Profiles;
using ColdStart.Engine.Scoring;

namespace ColdStart.Engine.Tests.Scoring;

/// <summary>Small random catalogs and profiles for scorer tests.</summary>
internal static class ScoringFixture
{
    public static readonly string[] Departments = ["Garden", "Kitchen", "Outdoor", "Toys"];
    public static readonly string[] TagPool = ["eco", "sale", "premium", "kids", "waterproof", "bestseller"];

    public static CatalogIndex Catalog(int n, int seed = 1, int dim = 8)
    {
        var random = new Random(seed);
        var items = new Item[n];
        for (int i = 0; i < n; i++)
        {
            var tags = TagPool.Where((_, t) => random.NextDouble() < 0.3).ToArray();
            items[i] = new Item($"SKU-{i:D6}", $"Item {i} {Departments[i % 4].ToLowerInvariant()} thing", "A thing.",
                Departments[i % Departments.Length], "Type", $"{Departments[i % 4]} > Type", "Brand",
                (float)(5 + random.NextDouble() * 95), new DateOnly(2026, 1, 1), tags);
        }
        return CatalogIndex.Create(items, VectorSpace.Create(RandomRows(random, n, dim), dim),
            VectorSpace.Create(RandomRows(random, n, dim), dim), RandomValues(random, n, 100), RandomValues(random, n, 1));
    }

    public static Profile Profile(int seed = 2, int dim = 8, params int[] seen) =>
        new("test", RandomRows(new Random(seed), 1, dim), RandomRows(new Random(seed + 100), 1, dim), seen,
            new HashSet<string>(["eco", "garden", "thing"]), []);

    public static float[] RandomRows(Random random, int rows, int dim)
    {
        var data = new float[rows * dim];
        for (int i = 0; i < data.Length; i++) data[i] = (float)(random.NextDouble() * 2 - 1);
        return data;
    }

    private static float[] RandomValues(Random random, int n, double scale)
    {
        var values = new float[n];
        for (int i = 0; i < n; i++) values[i] = (float)(random.NextDouble() * scale);
        return values;
    }

    public static Strategy Strategy(BlendWeights? weights = null, float lambda = 0, params Rule[] rules) =>
        new("test", weights ?? new BlendWeights(0.4f, 0.3f, 0.2f, 0.1f), lambda, rules);
}
