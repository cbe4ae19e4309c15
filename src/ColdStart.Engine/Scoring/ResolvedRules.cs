namespace ColdStart.Engine.Scoring;

/// <summary>A strategy's rules checked against one catalog: unknown tags, departments and items become warnings.</summary>
internal sealed class ResolvedRules
{
    public bool[]? AllowedDepartments { get; private set; }
    public float MinPrice { get; private set; } = float.NegativeInfinity;
    public float MaxPrice { get; private set; } = float.PositiveInfinity;
    public bool ExcludeSeen { get; private set; }
    public float[]? Boost { get; private set; }

    /// <summary>The score rules (tag, item, brand, department) that apply, in the strategy's order, for the explanations.</summary>
    public List<ScoreRule> ScoreRules { get; } = [];
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
                case ItemRule item: resolved.AddItem(item, catalog); break;
                case BrandRule brand: resolved.AddBrand(brand, catalog); break;
                case DepartmentRule department: resolved.AddDepartmentScore(department, catalog); break;
                case ExplorationRule: break; // the scorer's exploration slots, not a score or filter
                default: resolved.Warnings.Add($"Rule {rule.GetType().Name} is not supported and was ignored."); break;
            }
        }
        return resolved;
    }

    private void AddTag(TagRule rule, CatalogIndex catalog)
    {
        if (!IsFinite(rule.Strength, $"Tag rule '{rule.Tag}'")) return;
        string tag = rule.Tag.Trim();
        var items = catalog.Tags.ItemsWith(tag);
        if (items.IsEmpty)
        {
            Warnings.Add($"Tag rule '{rule.Tag}' ignored: no item has that tag.");
            return;
        }
        var boost = BoostArray(catalog);
        foreach (int i in items) boost[i] += rule.Strength;
        ScoreRules.Add(new ScoreRule($"tag '{tag}'", rule.Strength,
            i => catalog.Items[i].Tags.Any(t => string.Equals(t, tag, StringComparison.OrdinalIgnoreCase))));
    }

    private void AddItem(ItemRule rule, CatalogIndex catalog)
    {
        if (!IsFinite(rule.Strength, $"Item rule '{rule.ItemId}'")) return;
        if (!catalog.ItemById.TryGetValue(rule.ItemId.Trim(), out int index))
        {
            Warnings.Add($"Item rule ignored: unknown item '{rule.ItemId}'.");
            return;
        }
        BoostArray(catalog)[index] += rule.Strength;
        ScoreRules.Add(new ScoreRule($"item {catalog.Items[index].Id}", rule.Strength, i => i == index));
    }

    private void AddBrand(BrandRule rule, CatalogIndex catalog)
    {
        if (!IsFinite(rule.Strength, $"Brand rule '{rule.Brand}'")) return;
        string brand = rule.Brand.Trim();
        bool Applies(int i) => brand.Length > 0 && string.Equals(catalog.Items[i].Brand, brand, StringComparison.OrdinalIgnoreCase);
        bool any = false;
        for (int i = 0; i < catalog.Count; i++)
        {
            if (!Applies(i)) continue;
            BoostArray(catalog)[i] += rule.Strength;
            any = true;
        }
        if (!any) Warnings.Add($"Brand rule '{rule.Brand}' ignored: no item has that brand.");
        else ScoreRules.Add(new ScoreRule($"brand '{brand}'", rule.Strength, Applies));
    }

    private void AddDepartmentScore(DepartmentRule rule, CatalogIndex catalog)
    {
        if (!IsFinite(rule.Strength, $"Department rule '{rule.Department}'")) return;
        int d = Array.FindIndex(catalog.Departments, x => string.Equals(x, rule.Department.Trim(), StringComparison.OrdinalIgnoreCase));
        if (d < 0)
        {
            Warnings.Add($"Department rule ignored: unknown department '{rule.Department}'.");
            return;
        }
        var boost = BoostArray(catalog);
        for (int i = 0; i < catalog.Count; i++)
            if (catalog.DepartmentOf[i] == d) boost[i] += rule.Strength;
        ScoreRules.Add(new ScoreRule($"department '{catalog.Departments[d]}'", rule.Strength, i => catalog.DepartmentOf[i] == d));
    }

    private float[] BoostArray(CatalogIndex catalog) => Boost ??= new float[catalog.Count];

    private bool IsFinite(float strength, string rule)
    {
        if (float.IsFinite(strength)) return true;
        Warnings.Add($"{rule} ignored: strength must be a finite number.");
        return false;
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
