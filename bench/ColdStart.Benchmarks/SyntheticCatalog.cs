using ColdStart.Engine.Domain;
using ColdStart.Engine.Profiles;
using ColdStart.Engine.Scoring;

namespace ColdStart.Benchmarks;

/// <summary>
/// A seeded random catalog of any size for ranking benchmarks: one contiguous row-major block per vector space
/// (collaborative rows uniform in [−1, 1], semantic rows unit length, as the encoder writes them), long-tailed
/// popularity, freshness in [0, 1], and light item metadata that shares strings so a million items stay cheap.
/// </summary>
internal static class SyntheticCatalog
{
    private static readonly string[] Departments = ["Active", "Baby", "Electronics", "Garden", "Home", "Kitchen", "Outdoor", "Pets"];
    private static readonly string[][] TagSets = [[], ["eco"], ["sale", "bestseller"], ["premium"], ["waterproof", "eco"], ["kids"]];

    /// <summary>Builds a catalog of <paramref name="items"/> items with <paramref name="dimension"/>-d vectors in both spaces.</summary>
    public static CatalogIndex Create(int items, int dimension, int seed = 17)
    {
        var random = new Random(seed);
        var collaborative = UniformRows(random, items, dimension);
        var semantic = UniformRows(random, items, dimension);
        NormaliseRows(semantic, dimension);
        var popularity = new float[items];
        var freshness = new float[items];
        for (int i = 0; i < items; i++)
        {
            popularity[i] = 1000f / (1 + random.Next(items));
            freshness[i] = random.NextSingle();
        }
        return CatalogIndex.Create(Items(items, random), VectorSpace.Create(collaborative, dimension),
            VectorSpace.Create(semantic, dimension), popularity, freshness);
    }

    /// <summary>A persona-like profile: a collaborative and a unit semantic vector, three seen items, a few terms.</summary>
    public static Profile Profile(int dimension, int seed = 23)
    {
        var random = new Random(seed);
        var semantic = UniformRows(random, 1, dimension);
        NormaliseRows(semantic, dimension);
        return new Profile("Benchmark shopper", semantic, UniformRows(random, 1, dimension), [3, 14, 159],
            new HashSet<string>(["eco", "tent", "light"], StringComparer.Ordinal), []);
    }

    private static Item[] Items(int count, Random random)
    {
        var launch = new DateOnly(2026, 1, 1);
        var items = new Item[count];
        for (int i = 0; i < count; i++)
        {
            var department = Departments[i % Departments.Length];
            items[i] = new Item($"SKU-{i:D7}", "Light eco tent", "A benchmark item.", department, "Type", department, "Brand",
                5 + 495 * random.NextSingle(), launch, TagSets[i % TagSets.Length]);
        }
        return items;
    }

    private static float[] UniformRows(Random random, int rows, int dimension)
    {
        var data = new float[rows * dimension];
        for (int i = 0; i < data.Length; i++) data[i] = 2 * random.NextSingle() - 1;
        return data;
    }

    private static void NormaliseRows(float[] rows, int dimension)
    {
        for (int start = 0; start < rows.Length; start += dimension)
        {
            var row = rows.AsSpan(start, dimension);
            float norm = System.Numerics.Tensors.TensorPrimitives.Norm(row);
            if (norm > 0) System.Numerics.Tensors.TensorPrimitives.Divide(row, norm, row);
        }
    }
}
