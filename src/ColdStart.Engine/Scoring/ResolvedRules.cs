namespace ColdStart.Engine.Scoring;

/// <summary>A strategy's rules checked against one catalog: unknown tags, departments and items become warnings.</summary>
internal sealed class ResolvedRules
{
    public bool[]? AllowedDepartments { get; private set; }
    public float MinPrice { get; private set; } = float.NegativeInfinity;
    public float MaxPrice { get; private set; } = float.PositiveInfinity;
    public bool ExcludeSeen { get; private set; }
    public float[]? Boost { get; private set; }
    public List<TagRule> TagRules { get; } = [];
    public List<(int Index, int Position, PinRule Rule)> Pins { get; } = [];
    public List<string> Warnings { get; } = [];

    public bool HasFilters => AllowedDepartments is not null || MinPrice > float.NegativeInfinity || MaxPrice < float.PositiveInfinity;

    public bool Passes(CatalogIndex catalog, int item) =>
        (AllowedDepartments is null || AllowedDepartments[catalog.DepartmentOf[item]])
        && catalog.Prices[item] >= MinPrice && catalog.Prices[item] <= MaxPrice;

    public static ResolvedRules Resolve(IReadOnlyList<Rule> rules, CatalogIndex catalog)
    {
        var resolved = new ResolvedRules();
        foreach (var rule in rules)
        {
            switch (rule)
            {
                case TagRule tag: resolved.AddTag(tag, catalog); break;
                case DepartmentFilter filter: resolved.AddDepartments(filter, catalog); break;
                case PriceFilter price: resolved.AddPrice(price); break;
                case ExcludeSeenRule: resolved.ExcludeSeen = true; break;
                case PinRule pin: resolved.AddPin(pin, catalog); break;
                default: resolved.Warnings.Add($"Rule {rule.GetType().Name} is not supported and was ignored."); break;
            }
        }
        return resolved;
    }

    private void AddTag(TagRule rule, CatalogIndex catalog)
    {
        if (!float.IsFinite(rule.Strength))
        {
            Warnings.Add($"Tag rule '{rule.Tag}' ignored: strength must be a finite number.");
            return;
        }
        var items = catalog.Tags.ItemsWith(rule.Tag.Trim());
        if (items.IsEmpty)
        {
            Warnings.Add($"Tag rule '{rule.Tag}' ignored: no item has that tag.");
            return;
        }
        Boost ??= new float[catalog.Count];
        foreach (int i in items) Boost[i] += rule.Strength;
        TagRules.Add(rule with { Tag = rule.Tag.Trim() });
    }

    private void AddDepartments(DepartmentFilter filter, CatalogIndex catalog)
    {
        var known = new List<int>();
        foreach (var name in filter.Departments)
        {
            int d = Array.FindIndex(catalog.Departments, x => string.Equals(x, name.Trim(), StringComparison.OrdinalIgnoreCase));
            if (d < 0) Warnings.Add($"Department filter: unknown department '{name}' ignored.");
            else known.Add(d);
        }
        if (known.Count == 0)
        {
            if (filter.Departments.Count > 0) Warnings.Add("Department filter ignored: none of its departments exist.");
            return;
        }
        var allowed = AllowedDepartments ?? Enumerable.Repeat(true, catalog.Departments.Length).ToArray();
        for (int d = 0; d < allowed.Length; d++)
            allowed[d] = allowed[d] && (filter.Exclude ? !known.Contains(d) : known.Contains(d));
        AllowedDepartments = allowed;
    }

    private void AddPrice(PriceFilter price)
    {
        if (price.Min is { } min && price.Max is { } max && min > max)
        {
            Warnings.Add($"Price filter ignored: minimum {min} is above maximum {max}.");
            return;
        }
        if (price.Min is { } lo) MinPrice = Math.Max(MinPrice, lo);
        if (price.Max is { } hi) MaxPrice = Math.Min(MaxPrice, hi);
    }

    private void AddPin(PinRule pin, CatalogIndex catalog)
    {
        if (!catalog.ItemById.TryGetValue(pin.ItemId, out int index))
            Warnings.Add($"Pin ignored: unknown item '{pin.ItemId}'.");
        else if (pin.Position < 1)
            Warnings.Add($"Pin of '{pin.ItemId}' ignored: position must be 1 or more (got {pin.Position}).");
        else if (Pins.Exists(p => p.Index == index))
            Warnings.Add($"Pin of '{pin.ItemId}' ignored: the item is already pinned.");
        else
            Pins.Add((index, pin.Position, pin));
    }
}
