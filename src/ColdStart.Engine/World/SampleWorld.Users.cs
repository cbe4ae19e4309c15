using ColdStart.Engine.Domain;

namespace ColdStart.Engine.World;

// Users: archetype, attributes skewed by archetype, heavy-tailed activity, personal department tilt, favourite brands.
public static partial class SampleWorld
{
    /// <summary>Spread (σ of the log) of user activity; 1.2 gives a heavy tail of frequent shoppers.</summary>
    private const double ActivitySpread = 1.2;

    /// <summary>Spread of each user's personal tilt on the archetype's department affinities.</summary>
    private const double AffinitySpread = 0.5;

    private static WorldPopulation BuildPopulation(SampleWorldOptions options, WorldRandom random)
    {
        var archetypes = ShopperArchetypes.All;
        var departments = SampleCatalog.Departments;
        var prevalence = new double[archetypes.Count];
        for (var a = 0; a < archetypes.Count; a++) prevalence[a] = archetypes[a].Prevalence;
        var archetypeTable = new WeightedTable(prevalence);
        var attributeTables = AttributeTables(archetypes);

        var count = options.Users;
        var users = new User[count];
        var archetypeOf = new int[count];
        var activity = new double[count];
        var noise = new double[count];
        var cumulative = new double[count * departments.Count];
        var favourite = new int[count * departments.Count];
        for (var u = 0; u < count; u++)
        {
            var a = archetypeTable.Sample(random);
            var archetype = archetypes[a];
            archetypeOf[u] = a;
            users[u] = new User($"U-{u + 1:D6}", DrawAttributes(attributeTables[a], random));
            activity[u] = archetype.Activity * Math.Exp(ActivitySpread * random.NextGaussian());
            noise[u] = 0.03 + 0.09 * random.NextDouble();
            var sum = 0.0;
            for (var d = 0; d < departments.Count; d++)
            {
                sum += archetype.DepartmentAffinity[d] * Math.Exp(AffinitySpread * random.NextGaussian());
                cumulative[u * departments.Count + d] = sum;
                favourite[u * departments.Count + d] = FavouriteBrand(departments[d], archetype.PreferredTier, random);
            }
        }
        return new WorldPopulation
        {
            Users = users, Archetypes = archetypeOf, Activity = activity, Noise = noise,
            DepartmentCumulative = cumulative, FavouriteBrand = favourite,
        };
    }

    /// <summary>One table per archetype and attribute (in <see cref="UserAttributes.All"/> order).</summary>
    private static WeightedTable[][] AttributeTables(IReadOnlyList<ShopperArchetype> archetypes)
    {
        var tables = new WeightedTable[archetypes.Count][];
        for (var a = 0; a < archetypes.Count; a++)
        {
            tables[a] = new WeightedTable[UserAttributes.All.Count];
            for (var k = 0; k < UserAttributes.All.Count; k++) tables[a][k] = new WeightedTable(archetypes[a].AttributeWeights[k]);
        }
        return tables;
    }

    private static Dictionary<string, string> DrawAttributes(WeightedTable[] tables, WorldRandom random)
    {
        var attributes = new Dictionary<string, string>(UserAttributes.All.Count, StringComparer.Ordinal);
        for (var k = 0; k < UserAttributes.All.Count; k++)
        {
            var name = UserAttributes.All[k];
            attributes[name] = UserAttributes.Values[name][tables[k].Sample(random)];
        }
        return attributes;
    }

    /// <summary>Favourite brand of a department: brands of the archetype's preferred tier are three times as likely.</summary>
    private static int FavouriteBrand(DepartmentSpec department, BrandTier preferred, WorldRandom random)
    {
        var total = 0.0;
        foreach (var brand in department.Brands) total += brand.Tier == preferred ? 3 : 1;
        var target = random.NextDouble() * total;
        for (var b = 0; b < department.Brands.Length; b++)
        {
            target -= department.Brands[b].Tier == preferred ? 3 : 1;
            if (target < 0) return b;
        }
        return department.Brands.Length - 1;
    }
}
