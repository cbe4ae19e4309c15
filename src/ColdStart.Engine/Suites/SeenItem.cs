namespace ColdStart.Engine.Suites;

/// <summary>One item of a persona's top list as a suite run saw it.</summary>
/// <param name="Rank">1-based position.</param>
/// <param name="ItemId">The item's SKU.</param>
/// <param name="Title">Display title.</param>
/// <param name="Department">Top-level department.</param>
/// <param name="Brand">Brand (may be empty).</param>
/// <param name="Tags">Merchandising tags.</param>
/// <param name="IsNew">True for an item without interactions (a cold item of the snapshot).</param>
public sealed record SeenItem(int Rank, string ItemId, string Title, string Department, string Brand, IReadOnlyList<string> Tags, bool IsNew);
