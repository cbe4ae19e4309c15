namespace ColdStart.Engine.Sensitivity;

/// <summary>On the open interval (<paramref name="From"/>, <paramref name="To"/>) of t the item has rank <paramref name="Rank"/> (1 = best).</summary>
public readonly record struct RankSegment(double From, double To, int Rank);
