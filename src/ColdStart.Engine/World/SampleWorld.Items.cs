using ColdStart.Engine.Domain;

namespace ColdStart.Engine.World;

// Catalog: how many items per type, which are new, brands, prices, launch dates, Zipf popularity, copy.
public static partial class SampleWorld
{
    /// <summary>Zipf exponent of item popularity within a product type.</summary>
    private const double ZipfExponent = 1.1;

    /// <summary>Share of established items that launched during the window (they get events only after launch).</summary>
    private const double MidWindowLaunchShare = 0.12;

    private static WorldCatalog BuildCatalog(SampleWorldOptions options, WorldRandom random)
    {
        var types = SampleCatalog.Types;
        var typeOf = AssignTypes(options.Items, types.Count, random);
        var typeItems = GroupByType(typeOf, types.Count, random);
        var isNew = PickNewItems(options, typeItems, random);
        var brandTables = BrandTables(random);

        var count = options.Items;
        var items = new Item[count];
        var brandOf = new int[count];
        var launchDay = new int[count];
        var popularity = RankPopularity(typeItems, isNew, count);
        for (var i = 0; i < count; i++)
        {
            var type = types[typeOf[i]];
            var departmentIndex = SampleCatalog.TypeDepartment[typeOf[i]];
            var department = SampleCatalog.Departments[departmentIndex];
            brandOf[i] = brandTables[departmentIndex].Sample(random);
            var brand = department.Brands[brandOf[i]];
            launchDay[i] = isNew[i] ? options.Days - NewItemWindowDays + random.Next(NewItemWindowDays)
                : typeItems[typeOf[i]][0] != i && random.Chance(MidWindowLaunchShare) ? random.Next(options.Days - NewItemWindowDays)
                : -1 - random.Next(720);
            var price = Price(type.BasePrice * brand.PriceFactor * Math.Exp(0.3 * random.NextGaussian()));
            var (title, description, tags) = ItemCopy.Write(random, department, type, brand, isNew[i]);
            items[i] = new Item($"SKU-{i + 1:D6}", title, description, department.Name, type.Name,
                $"{department.Name} > {type.Subcategory} > {type.Name}", brand.Name, price, WindowStart.AddDays(launchDay[i]), tags);
        }

        var active = new List<int>(count);
        for (var i = 0; i < count; i++)
            if (!isNew[i]) active.Add(i);
        return new WorldCatalog
        {
            Items = items, TypeOf = typeOf, BrandOf = brandOf, LaunchDay = launchDay, Popularity = popularity,
            TypeItems = typeItems, ActiveItems = active.ToArray(),
        };
    }

    /// <summary>Type per item: at least 2 per type, the rest split by random type weights (largest remainder), then shuffled.</summary>
    private static int[] AssignTypes(int itemCount, int typeCount, WorldRandom random)
    {
        var weights = new double[typeCount];
        var total = 0.0;
        for (var t = 0; t < typeCount; t++) total += weights[t] = 0.6 + 0.8 * random.NextDouble();
        var spare = itemCount - 2 * typeCount;
        var counts = new int[typeCount];
        var remainders = new (double Remainder, int Type)[typeCount];
        var assigned = 0;
        for (var t = 0; t < typeCount; t++)
        {
            var exact = spare * weights[t] / total;
            counts[t] = 2 + (int)Math.Floor(exact);
            assigned += counts[t];
            remainders[t] = (exact - Math.Floor(exact), t);
        }
        Array.Sort(remainders, (a, b) => a.Remainder != b.Remainder ? b.Remainder.CompareTo(a.Remainder) : a.Type.CompareTo(b.Type));
        for (var k = 0; assigned < itemCount; k++, assigned++) counts[remainders[k % typeCount].Type]++;

        var typeOf = new int[itemCount];
        var position = 0;
        for (var t = 0; t < typeCount; t++)
            for (var c = 0; c < counts[t]; c++) typeOf[position++] = t;
        random.Shuffle(typeOf.AsSpan());
        return typeOf;
    }

    /// <summary>Items per type in a random popularity order (first = most popular).</summary>
    private static int[][] GroupByType(int[] typeOf, int typeCount, WorldRandom random)
    {
        var lists = new List<int>[typeCount];
        for (var t = 0; t < typeCount; t++) lists[t] = [];
        for (var i = 0; i < typeOf.Length; i++) lists[typeOf[i]].Add(i);
        var result = new int[typeCount][];
        for (var t = 0; t < typeCount; t++)
        {
            result[t] = lists[t].ToArray();
            random.Shuffle(result[t].AsSpan());
        }
        return result;
    }

    /// <summary>Marks round(Items × NewItemShare) items as new, never the most popular item of a type.</summary>
    private static bool[] PickNewItems(SampleWorldOptions options, int[][] typeItems, WorldRandom random)
    {
        var isNew = new bool[options.Items];
        var isAnchor = new bool[options.Items];
        foreach (var list in typeItems) isAnchor[list[0]] = true;
        var candidates = new List<int>(options.Items);
        for (var i = 0; i < options.Items; i++)
            if (!isAnchor[i]) candidates.Add(i);
        var pool = candidates.ToArray();
        random.Shuffle(pool.AsSpan());
        var newCount = Math.Min(pool.Length, (int)Math.Round(options.Items * options.NewItemShare));
        for (var k = 0; k < newCount; k++) isNew[pool[k]] = true;
        return isNew;
    }

    private static double[] RankPopularity(int[][] typeItems, bool[] isNew, int count)
    {
        var popularity = new double[count];
        foreach (var list in typeItems)
        {
            var rank = 0;
            foreach (var item in list)
                if (!isNew[item]) popularity[item] = Math.Pow(++rank, -ZipfExponent);
        }
        return popularity;
    }

    private static WeightedTable[] BrandTables(WorldRandom random)
    {
        var departments = SampleCatalog.Departments;
        var tables = new WeightedTable[departments.Count];
        for (var d = 0; d < departments.Count; d++)
        {
            var weights = new double[departments[d].Brands.Length];
            for (var b = 0; b < weights.Length; b++) weights[b] = 0.5 + random.NextDouble();
            tables[d] = new WeightedTable(weights);
        }
        return tables;
    }

    /// <summary>Shop-style price: x.49/x.99 below 20, whole amount minus one cent above.</summary>
    private static float Price(double raw)
    {
        var rounded = raw < 20 ? Math.Max(1.0, Math.Round(raw * 2) / 2) - 0.01 : Math.Round(raw) - 0.01;
        return (float)Math.Round(rounded, 2);
    }
}
