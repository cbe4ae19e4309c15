namespace ColdStart.Engine.World;

/// <summary>
/// Word tables of the sample shop: 12 departments with 7 product types each. Lists are written as '|'-separated
/// strings so that each product type reads as one short block; they are parsed and checked once at start.
/// </summary>
internal static partial class SampleCatalog
{
    /// <summary>All departments in display order.</summary>
    public static IReadOnlyList<DepartmentSpec> Departments { get; } = Check(
    [
        Outdoor(), Sports(), Electronics(), Gaming(), Kitchen(), Home(),
        Fashion(), Beauty(), Baby(), Pets(), Garden(), Diy(),
    ]);

    /// <summary>All product types, department by department; a type's position here is its type index.</summary>
    public static IReadOnlyList<ProductTypeSpec> Types { get; } = Departments.SelectMany(d => d.Types).ToArray();

    /// <summary>Department index of each entry of <see cref="Types"/>.</summary>
    public static IReadOnlyList<int> TypeDepartment { get; } =
        Departments.SelectMany((d, index) => d.Types.Select(_ => index)).ToArray();

    /// <summary>Finds a product type by name, or null.</summary>
    public static (DepartmentSpec Department, ProductTypeSpec Type)? FindType(string name)
    {
        foreach (var department in Departments)
            foreach (var type in department.Types)
                if (type.Name == name) return (department, type);
        return null;
    }

    private static DepartmentSpec D(string name, string tag, bool warranty, string brands, string accents, params ProductTypeSpec[] types) =>
        new(name, tag, warranty, Split(brands).Select(ParseBrand).ToArray(), Split(accents), types);

    private static ProductTypeSpec T(string name, string subcategory, double basePrice, string keywords, string styles,
        string materials, string features, string uses, string tags, bool consumable = false) =>
        new(name, subcategory, basePrice, Split(keywords), Split(styles), Split(materials), Split(features), Split(uses), Split(tags), consumable);

    private static string[] Split(string list) => list.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static BrandSpec ParseBrand(string entry)
    {
        var colon = entry.LastIndexOf(':');
        var tier = colon < 0 ? "" : entry[(colon + 1)..];
        return tier switch
        {
            "p" => new BrandSpec(entry[..colon], BrandTier.Premium),
            "m" => new BrandSpec(entry[..colon], BrandTier.Mid),
            "b" => new BrandSpec(entry[..colon], BrandTier.Budget),
            _ => throw new InvalidOperationException($"Sample catalog brand '{entry}' must end with ':p', ':m' or ':b'."),
        };
    }

    /// <summary>Rejects tables the copy templates cannot use: short lists, periods (they would break sentences), duplicates.</summary>
    private static DepartmentSpec[] Check(DepartmentSpec[] departments)
    {
        var typeNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var department in departments)
        {
            Require(department.Brands.Length >= 4, department.Name, "needs at least 4 brands");
            Require(department.Brands.Select(b => b.Tier).Distinct().Count() == 3, department.Name, "needs premium, mid and budget brands");
            Require(department.Accents.Length >= 2, department.Name, "needs at least 2 accents");
            foreach (var type in department.Types)
            {
                var where = $"{department.Name} > {type.Name}";
                Require(typeNames.Add(type.Name), where, "duplicates another product type name");
                Require(type.BasePrice > 0, where, "needs a positive base price");
                string[][] lists = [type.Keywords, type.Styles, type.Materials, type.Features, type.Uses, type.Tags];
                foreach (var list in lists)
                    Require(list.Length >= 2, where, "needs at least 2 entries in every word list");
                Require(type.Tags.Length >= 3, where, "needs at least 3 tags");
                foreach (var phrase in lists.SelectMany(l => l))
                    Require(!phrase.Contains('.') && !phrase.Contains('|'), where, $"phrase '{phrase}' must not contain '.'");
            }
        }
        return departments;
    }

    private static void Require(bool condition, string where, string message)
    {
        if (!condition) throw new InvalidOperationException($"Sample catalog table '{where}' {message}.");
    }
}
