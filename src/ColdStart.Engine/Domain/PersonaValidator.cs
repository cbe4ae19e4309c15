namespace ColdStart.Engine.Domain;

/// <summary>
/// Checks the fields of a <see cref="Persona"/> that do not need the store (uniqueness of the name within a workspace is
/// checked by the store). Returns one message per invalid field, keyed by the field names below; empty when valid.
/// </summary>
public static class PersonaValidator
{
    public const string NameField = "name";
    public const string InterestsField = "interests";
    public const string BudgetMinField = "budgetMin";
    public const string BudgetMaxField = "budgetMax";
    public const string SeedItemsField = "seedItems";
    public const string SeedSearchesField = "seedSearches";

    public const int MaxNameLength = 80;
    public const int MaxInterestsLength = 1000;
    public const int MaxSeedItems = 10;
    public const int MaxSeedSearches = 10;
    public const int MaxSearchLength = 200;

    /// <summary>Field name → message for every invalid field of <paramref name="persona"/>; attribute fields use the attribute name.</summary>
    public static IReadOnlyDictionary<string, string> Validate(Persona persona)
    {
        ArgumentNullException.ThrowIfNull(persona);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        CheckName(persona.Name, errors);
        CheckAttributes(persona.Attributes, errors);
        CheckBudget(persona.BudgetMin, persona.BudgetMax, errors);
        if ((persona.Interests?.Length ?? 0) > MaxInterestsLength)
            errors[InterestsField] = $"Interests must be at most {MaxInterestsLength} characters (now {persona.Interests!.Length}).";
        CheckSeeds(persona, errors);
        return errors;
    }

    private static void CheckName(string? name, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(name)) errors[NameField] = "Name is required.";
        else if (name.Trim().Length > MaxNameLength)
            errors[NameField] = $"Name must be at most {MaxNameLength} characters (now {name.Trim().Length}).";
    }

    private static void CheckAttributes(IReadOnlyDictionary<string, string>? attributes, Dictionary<string, string> errors)
    {
        if (attributes is null) return;
        foreach (var (key, value) in attributes)
        {
            if (!UserAttributes.Values.TryGetValue(key, out var allowed)) continue;
            if (!allowed.Contains(value, StringComparer.Ordinal))
                errors[key] = $"'{value}' is not a known {key}; use one of {string.Join(", ", allowed)}.";
        }
    }

    private static void CheckBudget(float? min, float? max, Dictionary<string, string> errors)
    {
        if (min is { } lo && (lo < 0 || !float.IsFinite(lo))) errors[BudgetMinField] = "Minimum budget must be a number ≥ 0.";
        if (max is { } hi && (hi < 0 || !float.IsFinite(hi))) errors[BudgetMaxField] = "Maximum budget must be a number ≥ 0.";
        if (min is { } a && max is { } b && a > b && !errors.ContainsKey(BudgetMaxField))
            errors[BudgetMaxField] = $"Maximum budget ({b:0.##}) must not be below the minimum ({a:0.##}).";
    }

    private static void CheckSeeds(Persona persona, Dictionary<string, string> errors)
    {
        int items = persona.SeedItemIds?.Count ?? 0;
        if (items > MaxSeedItems) errors[SeedItemsField] = $"At most {MaxSeedItems} seed items (now {items}).";
        else if (persona.SeedItemIds is { } ids && ids.Any(string.IsNullOrWhiteSpace))
            errors[SeedItemsField] = "Seed item ids must not be empty.";
        var searches = persona.SeedSearches ?? [];
        if (searches.Count > MaxSeedSearches)
            errors[SeedSearchesField] = $"At most {MaxSeedSearches} seed searches (now {searches.Count}).";
        else if (searches.FirstOrDefault(s => (s?.Length ?? 0) > MaxSearchLength) is { } tooLong)
            errors[SeedSearchesField] = $"Each seed search must be at most {MaxSearchLength} characters ('{tooLong[..20]}…' has {tooLong.Length}).";
        else if (searches.Any(string.IsNullOrWhiteSpace))
            errors[SeedSearchesField] = "Seed searches must not be empty.";
    }
}
