namespace ColdStart.Engine.Suites;

/// <summary>No single brand may fill more than <paramref name="MaxShare"/> of the persona's top N.</summary>
public sealed record BrandShare(string Persona, int TopN, double MaxShare) : Expectation(Persona, TopN)
{
    public const string Kind = "brand-share";

    public override string Sentence => $"No brand may fill more than {Percent(MaxShare)} of the top {TopN} for {Persona}.";

    public override ExpectationCheck Check(PersonaList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var top = list.Top(TopN);
        var largest = top.Where(i => !string.IsNullOrWhiteSpace(i.Brand))
            .GroupBy(i => i.Brand, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Brand: g.Key, Count: g.Count()))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Brand, StringComparer.Ordinal)
            .FirstOrDefault();
        if (largest.Brand is null) return new(true, "No item has a brand.");
        double share = (double)largest.Count / TopN;
        return new(share <= MaxShare + 1e-9, $"{largest.Brand} fills {largest.Count} of {TopN} ({Percent(share)}).");
    }

    public override IEnumerable<string> Validate() => base.Validate().Concat(Share("maxShare", MaxShare));
}
