namespace ColdStart.Engine.Domain;

/// <summary>One product of the catalog. The engine addresses items by their position in <see cref="Dataset.Items"/>.</summary>
/// <param name="Id">Stable external id (e.g. "SKU-00042" or a MovieLens movie id).</param>
/// <param name="Title">Display title.</param>
/// <param name="Description">Free text description (2–3 sentences for the sample world).</param>
/// <param name="Department">Top-level department, e.g. "Outdoor".</param>
/// <param name="ProductType">Product type within the department, e.g. "Tent".</param>
/// <param name="CategoryPath">Category path joined by " > ".</param>
/// <param name="Brand">Brand name (may be empty).</param>
/// <param name="Price">Price in the shop's currency.</param>
/// <param name="LaunchDate">Day the item went on sale.</param>
/// <param name="Tags">Merchandising tags, lower case.</param>
public sealed record Item(
    string Id,
    string Title,
    string Description,
    string Department,
    string ProductType,
    string CategoryPath,
    string Brand,
    float Price,
    DateOnly LaunchDate,
    IReadOnlyList<string> Tags)
{
    /// <summary>The text the semantic encoder reads for this item.</summary>
    public string Text => $"{Title}. {Brand} {ProductType}. {CategoryPath}. {string.Join(' ', Tags)}. {Description}";
}
