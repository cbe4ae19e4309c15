namespace ColdStart.Workbench.Api;

/// <summary>An ad-hoc visitor: the fields of a persona without a name (checked by the same rules as the persona form).</summary>
public sealed class ProfileRequest
{
    /// <summary>Attribute name → value, e.g. <c>{"age_band": "25-34", "device": "mobile"}</c>.</summary>
    public Dictionary<string, string>? Attributes { get; init; }

    /// <summary>Free-text interests.</summary>
    public string? Interests { get; init; }

    /// <summary>Ids of items the visitor clicked (at most 10; each must be in the catalog).</summary>
    public IReadOnlyList<string>? SeedItems { get; init; }

    /// <summary>Searches the visitor typed (at most 10).</summary>
    public IReadOnlyList<string>? SeedSearches { get; init; }

    public float? BudgetMin { get; init; }

    public float? BudgetMax { get; init; }
}
