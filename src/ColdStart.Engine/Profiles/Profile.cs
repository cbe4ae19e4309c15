namespace ColdStart.Engine.Profiles;

/// <summary>
/// A persona (or test user) encoded for ranking: a semantic vector in the text encoder's space, a collaborative vector
/// in the ALS space, the item indices it has already seen, the words it used, and per-item popularity for its segment.
/// Either vector may be all zeros when nothing informs it; the scorer then gives that component no influence.
/// </summary>
/// <param name="Name">Display name.</param>
/// <param name="Semantic">Unit-length (or zero) vector, encoder dimension.</param>
/// <param name="Collaborative">Collaborative user vector (ALS factors), or zeros.</param>
/// <param name="SeenItems">Item indices excluded by <c>ExcludeSeenRule</c> (the seeds, unless set otherwise).</param>
/// <param name="Terms">Lower-case words from interests, searches and seed items' tags, for explanations.</param>
/// <param name="Sources">What each vector came from.</param>
/// <param name="SegmentPopularity">Per-item standardised popularity for the profile's segment (same scale as <c>CatalogIndex.PopularityZ</c>), or null to use global popularity.</param>
/// <param name="EncodeTime">Time spent building the profile (text encoding included).</param>
/// <param name="BudgetMin">Lowest price of interest; the scorer filters below it.</param>
/// <param name="BudgetMax">Highest price of interest; the scorer filters above it.</param>
/// <param name="Warnings">Inputs that could not be used (e.g. an unknown seed item id).</param>
/// <param name="Seeds">The revealed (seed) items, most recent last, that the item-to-item and lexical components fold in; null means <paramref name="SeenItems"/>.</param>
/// <param name="QueryText">The visitor's own words (interests and searches) for the lexical component.</param>
public sealed record Profile(
    string Name,
    float[] Semantic,
    float[] Collaborative,
    IReadOnlyList<int> SeenItems,
    IReadOnlySet<string> Terms,
    IReadOnlyList<ProfileSource> Sources,
    float[]? SegmentPopularity = null,
    TimeSpan EncodeTime = default,
    float? BudgetMin = null,
    float? BudgetMax = null,
    IReadOnlyList<string>? Warnings = null,
    IReadOnlyList<int>? Seeds = null,
    string? QueryText = null)
{
    /// <summary>The items the visitor revealed.</summary>
    public IReadOnlyList<int> SeedItems => Seeds ?? SeenItems;

    /// <summary>How many items the visitor revealed: picks the step of a strategy's weight schedule.</summary>
    public int Interactions => SeedItems.Count;
}
