namespace ColdStart.Engine.World;

/// <summary>Writes a catalog item's title, 2–3 sentence description and tags from its product type's word tables.</summary>
internal static class ItemCopy
{
    private static readonly string[] Lines =
    [
        "Ridge", "Nova", "Aero", "Summit", "Classic", "Flex", "Core", "Studio", "Urban", "Terra", "Pulse", "Luxe",
        "Essential", "Prime", "Vista", "Orbit", "Harbor", "Willow", "Atlas", "Echo", "Zen", "Bolt", "Aria", "Tundra",
        "Haven", "Drift", "Spark", "Nimbus", "Cedar", "Halo", "Quest", "Metro",
    ];

    private static readonly string[] LineSuffixes = ["2", "3", "5", "X", "Plus", "Max", "Lite", "Pro"];

    /// <summary>Draws the wording of one item.</summary>
    public static (string Title, string Description, string[] Tags) Write(
        WorldRandom random, DepartmentSpec department, ProductTypeSpec type, BrandSpec brand, bool isNew)
    {
        var style = random.Pick(type.Styles);
        var line = random.Pick(Lines);
        var model = random.Chance(0.5) ? $"{line} {random.Pick(LineSuffixes)}" : line;
        var accent = !type.Consumable && random.Chance(0.45) ? random.Pick(department.Accents) : null;
        var material = MaterialFor(style, type.Materials) ?? random.Pick(type.Materials);
        var features = Order(random, type.Features.Length);
        var uses = Order(random, type.Uses.Length);

        var titleForm = accent is not null ? 1 : random.Chance(0.6) ? 0 : 2;
        var title = titleForm switch
        {
            0 => $"{brand.Name} {line} {style} {type.Name}",
            1 => $"{brand.Name} {style} {type.Name}, {CopyText.TitleCase(accent!)}",
            _ => $"{brand.Name} {model} {type.Name}",
        };
        var lineName = titleForm == 2 ? model : line;
        var text = new Wording(CopyText.InSentence(style), CopyText.InSentence(type.Name), brand.Name,
            titleForm == 1 ? null : lineName, material,
            [type.Features[features[0]], type.Features[features[1]], type.Features[features[2 % features.Length]]],
            [type.Uses[uses[0]], type.Uses[uses[1]]], accent);
        var description = Describe(random, text, brand.Tier, type.Consumable, department.Warranty && !type.Consumable);
        var tags = TagList(random, department, type, brand, style, accent, isNew);
        return (title, description, tags);
    }

    private static string Describe(WorldRandom random, Wording w, BrandTier tier, bool consumable, bool warranty)
    {
        var plural = CopyText.IsPlural(w.Type);
        var (be, it) = plural ? ("are", "they") : ("is", "it");
        var featureUsed = 0;
        var first = random.Next(w.Line is null ? 2 : 3) switch
        {
            0 => $"{CopyText.Possessive(w.Brand)} {w.Style} {w.Type} {be} made with {w.Material} and {w.Features[featureUsed++]}.",
            1 => $"{(plural ? "These" : "This")} {w.Style} {w.Type} from {w.Brand} {be} made with {w.Material}.",
            _ when plural => $"The {w.Brand} {w.Line} range of {w.Style} {w.Type} is made with {w.Material}.",
            _ => $"The {w.Brand} {w.Line} is {CopyText.Article(w.Style)} {w.Style} {w.Type} made with {w.Material}.",
        };
        var second = random.Next(3) switch
        {
            0 => $"{(plural ? "They feature" : "It features")} {w.Features[featureUsed]} and {be} ideal for {w.Uses[0]}.",
            1 => $"Designed for {w.Uses[0]}, {it} also {(plural ? "offer" : "offers")} {w.Features[featureUsed]}.",
            _ => $"With {w.Features[featureUsed]} and {w.Features[featureUsed + 1]}, {it} {be} a dependable choice for {w.Uses[0]} and {w.Uses[1]}.",
        };
        if (!random.Chance(0.6)) return $"{first} {second}";
        return $"{first} {second} {Closing(random, w, tier, consumable, warranty)}";
    }

    private static string Closing(WorldRandom random, Wording w, BrandTier tier, bool consumable, bool warranty) => (tier, random.Next(3)) switch
    {
        (BrandTier.Premium, 0) when consumable => "Trusted by professionals and enthusiasts alike.",
        (BrandTier.Premium, 0) when warranty => $"Backed by a {2 + random.Next(4)}-year {w.Brand} warranty.",
        (BrandTier.Premium, 0) => "Designed with care and finished to a high standard.",
        (BrandTier.Premium, 1) when consumable => "A premium choice that is worth the little extra.",
        (BrandTier.Premium, 1) => "Finished with premium detailing that lasts for years.",
        (BrandTier.Premium, _) => "Made in small batches with careful quality checks.",
        (BrandTier.Budget, 0) => "Great value without cutting corners.",
        (BrandTier.Budget, 1) => "An affordable everyday pick that does the job well.",
        (BrandTier.Budget, _) => w.Accent is null ? "A sensible price for everyday use." : $"Available in {w.Accent} at a friendly price.",
        (_, 0) => w.Accent is not null ? $"Available in {w.Accent}." : consumable ? "A reliable everyday favourite." : "Easy to care for and made to last.",
        (_, 1) => $"A versatile favourite for {w.Uses[1]}.",
        _ => consumable ? "A reliable everyday favourite." : "Easy to care for and made to last.",
    };

    private static string[] TagList(WorldRandom random, DepartmentSpec department, ProductTypeSpec type, BrandSpec brand,
        string style, string? accent, bool isNew)
    {
        var tags = new List<string>(12);
        AddDistinct(tags, department.Tag);
        AddDistinct(tags, CopyText.Tag(type.Keywords[0]));
        AddDistinct(tags, CopyText.Tag(type.Subcategory));
        AddDistinct(tags, CopyText.Tag(style));
        var extra = Order(random, type.Tags.Length);
        var extraCount = 1 + random.Next(3);
        for (var i = 0; i < extra.Length && (i < extraCount || tags.Count < 4); i++)
            AddDistinct(tags, type.Tags[extra[i]]);
        if (brand.Tier == BrandTier.Premium) AddDistinct(tags, "premium");
        if (brand.Tier == BrandTier.Budget) AddDistinct(tags, "value");
        if (accent is not null) AddDistinct(tags, CopyText.Tag(accent));
        if (isNew) AddDistinct(tags, "new-arrival");
        return tags.Count > 10 ? tags.GetRange(0, 10).ToArray() : tags.ToArray();
    }

    /// <summary>The material a style names ("Cast Iron" → "pre-seasoned cast iron"), so title and description agree; null when none.</summary>
    private static string? MaterialFor(string style, string[] materials)
    {
        foreach (var word in style.Split(' ', '-'))
        {
            if (word.Length < 4) continue;
            foreach (var material in materials)
                if (material.Contains(word, StringComparison.OrdinalIgnoreCase)) return material;
        }
        return null;
    }

    private static void AddDistinct(List<string> tags, string tag)
    {
        if (tag.Length > 0 && !tags.Contains(tag)) tags.Add(tag);
    }

    private static int[] Order(WorldRandom random, int count)
    {
        var order = new int[count];
        for (var i = 0; i < count; i++) order[i] = i;
        random.Shuffle(order.AsSpan());
        return order;
    }

    private sealed record Wording(string Style, string Type, string Brand, string? Line, string Material,
        string[] Features, string[] Uses, string? Accent);
}
