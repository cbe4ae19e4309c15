namespace ColdStart.Engine.Comparison;

/// <summary>The edited item's nearest items (semantic space) before and after the edit, and what moved between the two lists.</summary>
public sealed record NeighbourImpact(IReadOnlyList<ItemNeighbour> Before, IReadOnlyList<ItemNeighbour> After, ListChange Change);
