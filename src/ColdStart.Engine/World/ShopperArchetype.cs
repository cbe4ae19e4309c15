namespace ColdStart.Engine.World;

/// <summary>A hidden shopper type of the sample world: what it buys, how it reacts to price and brand, who it tends to be.</summary>
/// <param name="Name">Display name, e.g. "New parent".</param>
/// <param name="Prevalence">Relative share of users.</param>
/// <param name="PriceSensitivity">Exponent of the price penalty: item weight × (price / base price)^(−sensitivity).</param>
/// <param name="BrandLoyalty">Chance that a session sticks to the user's favourite brand of the department.</param>
/// <param name="PreferredTier">Brand tier the archetype leans to.</param>
/// <param name="Activity">Multiplier of the number of sessions.</param>
/// <param name="SearchRate">Chance that a session starts with a search.</param>
/// <param name="DepartmentAffinity">Weight per department, aligned with <see cref="SampleCatalog.Departments"/>.</param>
/// <param name="FocusTypes">Product types boosted within their department.</param>
/// <param name="AttributeWeights">Per attribute of <see cref="Domain.UserAttributes.All"/>, a weight per allowed value.</param>
internal sealed record ShopperArchetype(
    string Name,
    double Prevalence,
    double PriceSensitivity,
    double BrandLoyalty,
    BrandTier PreferredTier,
    double Activity,
    double SearchRate,
    double[] DepartmentAffinity,
    string[] FocusTypes,
    double[][] AttributeWeights);
