namespace ColdStart.Engine.Profiles;

/// <summary>One input that went into a profile vector.</summary>
/// <param name="Vector">"semantic" or "collaborative".</param>
/// <param name="Input">What it came from, e.g. "attributes", "interests", "seed item SKU-000042", "seed search 'tent'".</param>
/// <param name="Share">Relative share of that input in the vector (shares of one vector add up to 1).</param>
public sealed record ProfileSource(string Vector, string Input, float Share);
