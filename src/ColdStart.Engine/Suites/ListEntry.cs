namespace ColdStart.Engine.Suites;

/// <summary>An item that entered or left a persona's list.</summary>
/// <param name="ItemId">SKU.</param>
/// <param name="Title">Title.</param>
/// <param name="Rank">Its rank in the run that has it.</param>
public sealed record ListEntry(string ItemId, string Title, int Rank);
