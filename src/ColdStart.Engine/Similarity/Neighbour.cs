namespace ColdStart.Engine.Similarity;

/// <summary>One of the nearest: an item (catalog index) or a group (e.g. department index), with its similarity.</summary>
/// <param name="Index">Catalog index of the item, or index of the group.</param>
/// <param name="Score">Cosine (items) or mean cosine (groups).</param>
public readonly record struct Neighbour(int Index, float Score);
