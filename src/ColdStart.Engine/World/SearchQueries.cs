using System.Globalization;

namespace ColdStart.Engine.World;

/// <summary>Writes the lower-case text of a shopper's search from the product type's words ("waterproof hiking boots").</summary>
internal static class SearchQueries
{
    /// <summary>Draws a query; <c>UsedBrand</c> is true when it names <paramref name="brand"/>.</summary>
    public static (string Query, bool UsedBrand) Write(WorldRandom random, DepartmentSpec department, ProductTypeSpec type,
        string brand, bool priceSensitive)
    {
        var keyword = random.Pick(type.Keywords);
        switch (random.Next(9))
        {
            case 0:
            case 1:
                return (keyword, false);
            case 2:
                return (Prefix(random.Pick(type.Styles), keyword), false);
            case 3:
                return (Prefix(random.Pick(type.Tags).Replace('-', ' '), keyword), false);
            case 4:
                return (Lower($"{keyword} for {random.Pick(type.Uses)}"), false);
            case 5:
                return (PriceQuery(random, type, keyword, priceSensitive), false);
            case 6:
                return (Lower($"{brand} {keyword}"), true);
            case 7:
                return (Prefix(random.Pick(department.Accents), keyword), false);
            default:
                return (Prefix(random.Pick(type.Styles), Prefix(random.Pick(type.Tags).Replace('-', ' '), keyword)), false);
        }
    }

    private static string PriceQuery(WorldRandom random, ProductTypeSpec type, string keyword, bool priceSensitive)
    {
        if (!priceSensitive) return random.Chance(0.5) ? $"best {keyword}" : $"premium {keyword}";
        if (random.Chance(0.5)) return $"cheap {keyword}";
        var limit = type.BasePrice < 20 ? 10 * Math.Ceiling(type.BasePrice / 10) : 50 * Math.Ceiling(type.BasePrice / 50);
        return $"{keyword} under {limit.ToString("0", CultureInfo.InvariantCulture)}";
    }

    private static string Lower(string text) => text.ToLowerInvariant();

    /// <summary>Puts the words of <paramref name="prefix"/> that the query lacks in front of it ("hiking" + "hiking boots" → "hiking boots").</summary>
    private static string Prefix(string prefix, string query)
    {
        var words = query.Split(' ');
        var kept = new List<string>();
        foreach (var word in Lower(prefix).Split(' '))
            if (Array.IndexOf(words, word) < 0) kept.Add(word);
        return kept.Count == 0 ? query : $"{string.Join(' ', kept)} {query}";
    }
}
