namespace ColdStart.Engine.Similarity;

/// <summary>A tag and how many of a set of items carry it.</summary>
public sealed record TagCount(string Tag, int Count);
