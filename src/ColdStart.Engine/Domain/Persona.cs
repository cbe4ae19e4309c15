namespace ColdStart.Engine.Domain;

/// <summary>A synthetic new visitor defined by a merchandiser.</summary>
/// <param name="Name">Display name, e.g. "New parent on mobile".</param>
/// <param name="Attributes">Attribute name → value (see <see cref="UserAttributes"/>); missing keys are unknown.</param>
/// <param name="Interests">Free-text interests.</param>
/// <param name="SeedItemIds">External ids of a few items the visitor clicked.</param>
/// <param name="SeedSearches">A few search queries the visitor typed.</param>
/// <param name="BudgetMin">Lowest price of interest, or null.</param>
/// <param name="BudgetMax">Highest price of interest, or null.</param>
public sealed record Persona(
    string Name,
    IReadOnlyDictionary<string, string> Attributes,
    string Interests,
    IReadOnlyList<string> SeedItemIds,
    IReadOnlyList<string> SeedSearches,
    float? BudgetMin = null,
    float? BudgetMax = null);
