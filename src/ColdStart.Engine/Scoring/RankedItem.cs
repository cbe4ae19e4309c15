using ColdStart.Engine.Domain;

namespace ColdStart.Engine.Scoring;

/// <summary>One row of a ranking.</summary>
/// <param name="Rank">1-based position.</param>
/// <param name="Index">Item index in the catalog.</param>
/// <param name="Item">The item.</param>
/// <param name="Score">Relevance score: the sum of the explanation's parts.</param>
/// <param name="Explanation">The parts and the reasons.</param>
/// <param name="Pinned">True when a pin rule placed the item.</param>
/// <param name="Explored">True when the item fills an exploration slot (see <see cref="ExplorationRule"/>).</param>
public sealed record RankedItem(int Rank, int Index, Item Item, float Score, Explanation Explanation, bool Pinned = false, bool Explored = false);
