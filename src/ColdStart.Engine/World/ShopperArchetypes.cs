using System.Globalization;
using ColdStart.Engine.Domain;

namespace ColdStart.Engine.World;

/// <summary>
/// The twelve hidden archetypes of the sample world. Department affinities name departments ("Garden:6"; unlisted
/// departments get <see cref="OtherDepartments"/>); attribute skews multiply the population's base weights
/// ("age_band=25-34:4,35-44:2"), so every archetype still spans every value: demographics help and do not decide.
/// </summary>
internal static class ShopperArchetypes
{
    private const double OtherDepartments = 0.25;

    /// <summary>Population weights per attribute value, aligned with <see cref="UserAttributes.Values"/>.</summary>
    private static readonly Dictionary<string, double[]> BaseWeights = new()
    {
        [UserAttributes.AgeBand] = [1.2, 1.6, 1.4, 1.1, 0.8, 0.5],
        [UserAttributes.Gender] = [1.0, 0.95, 0.05],
        [UserAttributes.Region] = [1.0, 1.1, 0.9, 1.0, 1.2, 0.3],
        [UserAttributes.Device] = [1.6, 1.0, 0.4, 0.8],
        [UserAttributes.Channel] = [1.3, 1.0, 0.9, 0.6, 0.4, 0.8],
        [UserAttributes.Tier] = [1.2, 1.4, 0.7, 0.3],
    };

    public static IReadOnlyList<ShopperArchetype> All { get; } =
    [
        A("New parent", 0.09, 0.8, 0.55, BrandTier.Mid, 1.1, 0.45,
            "Baby & Kids:7|Home & Living:2|Kitchen & Dining:1.2|Beauty & Personal Care:1", "Stroller|Car Seat|Baby Monitor|Diapers",
            "age_band=25-34:4,35-44:2|gender=female:1.6|device=mobile:2.5,app:2|channel=social:1.8,paid-search:1.4|tier=basic:1.3,plus:1.6"),
        A("Budget student", 0.11, 1.8, 0.15, BrandTier.Budget, 0.9, 0.55,
            "Fashion:5|Electronics:2.5|Gaming:1.5|Beauty & Personal Care:1|Kitchen & Dining:0.8", "T-Shirt|Sneakers|Wireless Earbuds|Power Bank",
            "age_band=18-24:6,25-34:1.5|device=mobile:3|channel=social:2.5,affiliate:1.8|tier=guest:2.5,basic:1.5|region=central:1.4"),
        A("Outdoor enthusiast", 0.08, 0.4, 0.6, BrandTier.Premium, 1.2, 0.5,
            "Outdoor:7|Sports & Fitness:2|Electronics:1", "Tent|Hiking Boots|Hiking Backpack|Rain Jacket",
            "age_band=25-34:1.8,35-44:2.2,45-54:1.5|gender=male:1.5|region=north:2,west:1.8|device=desktop:1.6|channel=organic:1.6,email:1.6|tier=plus:1.6"),
        A("Home cook", 0.09, 0.7, 0.45, BrandTier.Mid, 1.0, 0.4,
            "Kitchen & Dining:7|Home & Living:2|Garden:1", "Chef's Knife|Dutch Oven|Espresso Machine|Frying Pan",
            "age_band=35-44:2,45-54:2.5,55-64:1.5|gender=female:1.5|device=desktop:2,tablet:1.8|channel=email:2.5,organic:1.3|tier=plus:1.4"),
        A("Tech early adopter", 0.08, 0.2, 0.5, BrandTier.Premium, 1.4, 0.55,
            "Electronics:7|Gaming:2", "Smartwatch|Headphones|Laptop|Wireless Earbuds",
            "age_band=25-34:3,35-44:1.5|gender=male:2|device=app:2.5,desktop:1.5|channel=direct:2,paid-search:1.6|tier=premium:4,plus:1.5"),
        A("Fashion lover", 0.10, 0.6, 0.5, BrandTier.Premium, 1.2, 0.45,
            "Fashion:7|Beauty & Personal Care:2.5|Home & Living:1", "Dress|Handbag|Sneakers|Wool Coat",
            "age_band=18-24:2.2,25-34:2.5|gender=female:2.5|device=app:2.8,mobile:1.5|channel=social:2.5,affiliate:1.5|tier=plus:1.8,premium:1.5|region=central:1.3"),
        A("Fitness fan", 0.08, 0.9, 0.35, BrandTier.Mid, 1.1, 0.5,
            "Sports & Fitness:7|Outdoor:1.5|Electronics:1.2|Beauty & Personal Care:0.8", "Yoga Mat|Dumbbells|Running Shoes|Resistance Bands",
            "age_band=18-24:1.6,25-34:2.5,35-44:1.4|device=app:2.5,mobile:1.5|channel=social:2,paid-search:1.5|region=south:1.4"),
        A("Pet owner", 0.08, 1.0, 0.65, BrandTier.Mid, 1.0, 0.4,
            "Pet Supplies:7|Home & Living:1.5|Garden:1", "Dog Food|Cat Food|Dog Bed|Cat Litter",
            "age_band=25-34:1.5,35-44:1.6,45-54:1.5|gender=female:1.6|channel=email:3,organic:1.4|tier=basic:1.6|region=south:1.5,west:1.5"),
        A("Gamer", 0.08, 1.1, 0.45, BrandTier.Mid, 1.3, 0.5,
            "Gaming:7|Electronics:2.5", "Gaming Mouse|Mechanical Keyboard|Gaming Headset|Game Controller",
            "age_band=18-24:4,25-34:2.5|gender=male:3|device=desktop:2.5|channel=direct:1.8,social:1.8|tier=guest:1.5"),
        A("DIY homeowner", 0.07, 0.9, 0.6, BrandTier.Premium, 0.9, 0.5,
            "DIY & Tools:7|Garden:2|Home & Living:1.5", "Cordless Drill|Tool Set|Wall Paint|Ladder",
            "age_band=35-44:2.5,45-54:2.5|gender=male:2|device=desktop:2.2|channel=paid-search:2.5|region=east:1.5,north:1.3"),
        A("Beauty lover", 0.08, 0.8, 0.6, BrandTier.Premium, 1.1, 0.45,
            "Beauty & Personal Care:7|Fashion:2|Home & Living:0.8", "Face Serum|Moisturiser|Lipstick|Perfume",
            "age_band=18-24:2,25-34:2.2,35-44:1.4|gender=female:3|device=mobile:2,app:2|channel=social:2.5,affiliate:2|tier=plus:1.5"),
        A("Senior gardener", 0.06, 1.0, 0.55, BrandTier.Mid, 0.8, 0.3,
            "Garden:7|Home & Living:1.5|Kitchen & Dining:1.2|DIY & Tools:1|Pet Supplies:0.8", "Seed Kit|Pruning Shears|Bird Feeder|Raised Bed",
            "age_band=55-64:4,65+:6,45-54:1.5|device=desktop:2,tablet:3|channel=email:3,direct:1.5|region=islands:2,south:1.3|tier=basic:1.3"),
    ];

    private static ShopperArchetype A(string name, double prevalence, double priceSensitivity, double brandLoyalty,
        BrandTier preferredTier, double activity, double searchRate, string affinities, string focusTypes, string skews) =>
        new(name, prevalence, priceSensitivity, brandLoyalty, preferredTier, activity, searchRate,
            ParseAffinities(name, affinities), ParseFocus(name, focusTypes), ParseSkews(name, skews));

    private static double[] ParseAffinities(string archetype, string affinities)
    {
        var departments = SampleCatalog.Departments;
        var weights = Enumerable.Repeat(OtherDepartments, departments.Count).ToArray();
        foreach (var entry in affinities.Split('|'))
        {
            var (key, weight) = KeyWeight(archetype, entry);
            var index = departments.Select(d => d.Name).ToList().IndexOf(key);
            if (index < 0) throw new InvalidOperationException($"Archetype '{archetype}': unknown department '{key}'.");
            weights[index] = weight;
        }
        return weights;
    }

    private static string[] ParseFocus(string archetype, string focusTypes)
    {
        var names = focusTypes.Split('|');
        foreach (var name in names)
            if (SampleCatalog.FindType(name) is null)
                throw new InvalidOperationException($"Archetype '{archetype}': unknown focus product type '{name}'.");
        return names;
    }

    private static double[][] ParseSkews(string archetype, string skews)
    {
        var result = UserAttributes.All.Select(a => (double[])BaseWeights[a].Clone()).ToArray();
        foreach (var group in skews.Split('|'))
        {
            var eq = group.IndexOf('=');
            var attribute = eq < 0 ? group : group[..eq];
            var slot = UserAttributes.All.ToList().IndexOf(attribute);
            if (slot < 0) throw new InvalidOperationException($"Archetype '{archetype}': unknown attribute in '{group}'.");
            var values = UserAttributes.Values[attribute];
            foreach (var entry in group[(eq + 1)..].Split(','))
            {
                var (value, factor) = KeyWeight(archetype, entry);
                var index = values.ToList().IndexOf(value);
                if (index < 0) throw new InvalidOperationException($"Archetype '{archetype}': '{value}' is not a value of {attribute}.");
                result[slot][index] *= factor;
            }
        }
        return result;
    }

    private static (string Key, double Weight) KeyWeight(string archetype, string entry)
    {
        var colon = entry.LastIndexOf(':');
        if (colon < 0 || !double.TryParse(entry[(colon + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight) || weight < 0)
            throw new InvalidOperationException($"Archetype '{archetype}': entry '{entry}' must look like 'name:weight'.");
        return (entry[..colon], weight);
    }
}
