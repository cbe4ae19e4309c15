namespace ColdStart.Data.Stores;

/// <summary>One page of the item list: optional text search (title or external id contains), department and "new only".</summary>
/// <param name="Search">Case-insensitive text the title or the external id must contain; null or blank for all.</param>
/// <param name="Department">Exact department; null for all.</param>
/// <param name="NewOnly">Only items flagged new (no events when stored).</param>
/// <param name="Skip">Rows to skip (page × page size).</param>
/// <param name="Take">Page size, 1–500.</param>
public sealed record ItemQuery(string? Search = null, string? Department = null, bool NewOnly = false, int Skip = 0, int Take = 25);
