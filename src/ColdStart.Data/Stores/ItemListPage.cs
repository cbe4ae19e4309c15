namespace ColdStart.Data.Stores;

/// <summary>The rows of one page and the number of rows matching the query over all pages.</summary>
public sealed record ItemListPage(IReadOnlyList<ItemListRow> Rows, int TotalCount);
