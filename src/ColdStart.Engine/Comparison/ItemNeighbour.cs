namespace ColdStart.Engine.Comparison;

/// <summary>One of an item's nearest items: its id, title and cosine in the semantic space.</summary>
public sealed record ItemNeighbour(string ItemId, string Title, float Similarity);
