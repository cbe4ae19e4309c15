namespace ColdStart.Engine.World;

/// <summary>
/// Word tables for one product type of the sample catalog. Phrases are written to fit the copy templates:
/// materials after "made with", features after "features"/"offers", uses after "ideal for".
/// </summary>
/// <param name="Name">Display name, e.g. "Hiking Boots".</param>
/// <param name="Subcategory">Middle level of the category path.</param>
/// <param name="BasePrice">Typical mid-tier price.</param>
/// <param name="Keywords">Search nouns shoppers type; the first is canonical.</param>
/// <param name="Styles">Title-case title modifiers.</param>
/// <param name="Materials">Materials and build.</param>
/// <param name="Features">Feature phrases.</param>
/// <param name="Uses">Use phrases.</param>
/// <param name="Tags">Lower-case tag words.</param>
/// <param name="Consumable">Used up rather than kept (food, cosmetics, paint): no warranty copy.</param>
internal sealed record ProductTypeSpec(
    string Name,
    string Subcategory,
    double BasePrice,
    string[] Keywords,
    string[] Styles,
    string[] Materials,
    string[] Features,
    string[] Uses,
    string[] Tags,
    bool Consumable = false);
