using ColdStart.Engine.Domain;

namespace ColdStart.Engine.World;

/// <summary>
/// Ready-made personas that fit the sample world, from well-seeded shoppers to a pure zero-click visitor.
/// Seed items are the most popular items (by events) of a fitting product type in the given world, so they always exist
/// there; a product type the world lacks just gives no seed.
/// </summary>
public static class SamplePersonas
{
    private static readonly Template[] Templates =
    [
        new("New parent on mobile", "age_band=25-34|gender=female|device=mobile|channel=social|tier=basic",
            "Expecting our first baby: a light stroller, a safe car seat and a reliable baby monitor.",
            ["Stroller"], ["video baby monitor"], 20, 400),
        new("Budget student", "age_band=18-24|gender=male|region=central|device=mobile|channel=social|tier=guest",
            "Student on a tight budget: cheap earbuds, sneakers and basics for everyday wear.",
            ["Wireless Earbuds"], ["cheap sneakers"], 5, 60),
        new("Outdoor enthusiast", "age_band=35-44|gender=male|region=north|device=desktop|channel=organic|tier=plus",
            "Multi-day hikes and wild camping in the mountains; light, waterproof gear that lasts.",
            ["Tent", "Hiking Boots"], ["ultralight sleeping bag", "waterproof rain jacket"], 30, 500),
        new("Home cook", "age_band=45-54|gender=female|device=desktop|channel=email|tier=plus",
            "Cooks for family and friends most evenings; sharp knives, cast iron and good coffee.",
            ["Chef's Knife", "Dutch Oven"], ["espresso machine"], 20, 400),
        new("Tech early adopter", "age_band=25-34|gender=male|device=app|channel=direct|tier=premium",
            "Always first to try new gadgets: noise-cancelling audio, smartwatches and fast laptops.",
            [], ["noise cancelling headphones", "gps smartwatch"], 100, 2000),
        new("Fitness fan on the app", "age_band=25-34|gender=female|device=app|channel=social|tier=basic",
            "Home workouts five days a week, yoga on Sundays and training for a half marathon.",
            ["Yoga Mat"], ["adjustable dumbbells"], 15, 200),
        new("Pet owner", "age_band=35-44|gender=female|device=mobile|channel=email|tier=basic",
            "Two dogs and a cat; healthy food and a comfy bed for an older dog.",
            ["Dog Food", "Dog Bed"], [], 10, 150),
        new("DIY homeowner", "age_band=45-54|gender=male|region=east|device=desktop|channel=paid-search",
            "Renovating an old house: painting, shelves and garden jobs at weekends.",
            ["Cordless Drill"], ["paint roller kit"], 15, 300),
        new("Senior gardener on tablet", "age_band=65+|gender=female|region=islands|device=tablet|channel=email|tier=basic",
            "Grows vegetables in raised beds, prunes roses and feeds the garden birds.",
            [], [], 5, 150),
        new("First visit from a social ad", "age_band=18-24|gender=female|device=mobile|channel=social|tier=guest",
            "", [], [], null, null),
    ];

    /// <summary>The personas for <paramref name="world"/>, with seed item ids taken from that world.</summary>
    public static IReadOnlyList<Persona> For(Dataset world)
    {
        ArgumentNullException.ThrowIfNull(world);
        var counts = new int[world.Items.Count];
        foreach (var e in world.Events)
            if (e.Item >= 0 && e.Item < counts.Length) counts[e.Item]++;

        var personas = new List<Persona>(Templates.Length);
        foreach (var template in Templates)
        {
            var seeds = new List<string>(template.SeedTypes.Length);
            foreach (var type in template.SeedTypes)
            {
                var item = MostPopular(world, counts, type, seeds);
                if (item >= 0) seeds.Add(world.Items[item].Id);
            }
            personas.Add(new Persona(template.Name, ParseAttributes(template), template.Interests, seeds,
                template.Searches, template.BudgetMin, template.BudgetMax));
        }
        return personas;
    }

    /// <summary>Most popular item of a product type not already chosen; ties go to the lower index; −1 when none has events.</summary>
    private static int MostPopular(Dataset world, int[] counts, string productType, List<string> taken)
    {
        var best = -1;
        for (var i = 0; i < world.Items.Count; i++)
        {
            if (counts[i] == 0 || world.Items[i].ProductType != productType || taken.Contains(world.Items[i].Id)) continue;
            if (best < 0 || counts[i] > counts[best]) best = i;
        }
        return best;
    }

    private static Dictionary<string, string> ParseAttributes(Template template)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in template.Attributes.Split('|'))
        {
            var eq = pair.IndexOf('=');
            var name = eq < 0 ? pair : pair[..eq];
            var value = eq < 0 ? "" : pair[(eq + 1)..];
            if (!UserAttributes.Values.TryGetValue(name, out var allowed) || !allowed.Contains(value))
                throw new InvalidOperationException($"Sample persona '{template.Name}': attribute '{pair}' is not a known name=value.");
            attributes[name] = value;
        }
        return attributes;
    }

    private sealed record Template(string Name, string Attributes, string Interests, string[] SeedTypes, string[] Searches,
        float? BudgetMin, float? BudgetMax);
}
