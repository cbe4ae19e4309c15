namespace ColdStart.Data.Stores;

/// <summary>One row of the item list.</summary>
public sealed record ItemListRow(string Id, string Title, string Department, float Price, IReadOnlyList<string> Tags, bool IsNew);
