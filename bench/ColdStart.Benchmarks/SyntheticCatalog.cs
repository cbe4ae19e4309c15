using ColdStart.Engine.Domain;
using ColdStart.Engine.Lexical;
using ColdStart.Engine.Neighbours;
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

    /// <summary>
    /// Builds a catalog of <paramref name="items"/> items with <paramref name="dimension"/>-d vectors in both spaces; with
    /// <paramref name="withTextAndNeighbours"/>, titles drawn from a 5,000-word vocabulary (Zipf-like), a TF-IDF index over
    /// them, a neighbour model built from synthetic shoppers (two positives per item on average) and 5 % new items.
    /// </summary>
    public static CatalogIndex Create(int items, int dimension, int seed = 17, bool withTextAndNeighbours = false)
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
        var catalog = Items(items, random, withTextAndNeighbours);
        if (!withTextAndNeighbours)
            return CatalogIndex.Create(catalog, VectorSpace.Create(collaborative, dimension), VectorSpace.Create(semantic, dimension), popularity, freshness);
        var cold = new bool[items];
        for (int i = 0; i < items; i++) cold[i] = random.NextDouble() < 0.05;
        return CatalogIndex.Create(catalog, VectorSpace.Create(collaborative, dimension), VectorSpace.Create(semantic, dimension), popularity, freshness,
            ItemNeighbours.Build(Shoppers(items, random, cold), new NeighbourOptions(Neighbours: 50)), LexicalIndex.Build(catalog), cold);
    }

    /// <summary>Synthetic shoppers: each takes 8 items, mostly from one of 500 "tastes" (contiguous item ranges), never a new item.</summary>
    public static Incidence Shoppers(int items, Random random, bool[] cold)
    {
        int users = items / 4;
        var pairs = new List<(int, int)>(users * 8);
        int taste = Math.Max(1, items / 500);
        for (int u = 0; u < users; u++)
        {
            int start = random.Next(items);
            for (int j = 0; j < 8; j++)
            {
                int item = random.NextDouble() < 0.8 ? (start + random.Next(taste)) % items : random.Next(items);
                if (!cold[item]) pairs.Add((u, item));
            }
        }
        return new Incidence(users, items, pairs);
    }

    /// <summary>A persona-like profile: a collaborative and a unit semantic vector, three seen items, a few terms.</summary>
    public static Profile Profile(int dimension, int seed = 23)
    {
        var random = new Random(seed);
        var semantic = UniformRows(random, 1, dimension);
        NormaliseRows(semantic, dimension);
        return new Profile("Benchmark shopper", semantic, UniformRows(random, 1, dimension), [3, 14, 159],
            new HashSet<string>(["eco", "tent", "light"], StringComparer.Ordinal), [], QueryText: "w12 w7 w401 eco");
    }

    /// <summary>Catalog items; with <paramref name="varied"/>, titles from a 5,000-word Zipf-like vocabulary.</summary>
    public static Item[] Items(int count, Random random, bool varied)
    {
        var launch = new DateOnly(2026, 1, 1);
        var items = new Item[count];
        var words = varied ? Enumerable.Range(0, 5000).Select(w => $"w{w}").ToArray() : [];
        for (int i = 0; i < count; i++)
        {
            var department = Departments[i % Departments.Length];
            string title = varied
                ? string.Join(' ', Enumerable.Range(0, 6).Select(_ => words[(int)(5000 * Math.Pow(random.NextDouble(), 2))]))
                : "Light eco tent";
            items[i] = new Item($"SKU-{i:D7}", title, "A benchmark item.", department, "Type", department, "Brand",
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
