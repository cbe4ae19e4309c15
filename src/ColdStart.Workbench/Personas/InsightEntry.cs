namespace ColdStart.Workbench.Personas;

/// <summary>One neighbour of a profile vector: an item, a department or a tag, with its score.</summary>
/// <param name="Label">Item title, department or tag.</param>
/// <param name="Detail">Item id, or how the score was formed (e.g. "12 items").</param>
/// <param name="Score">Cosine similarity (items, departments) or count among the nearest items (tags).</param>
public sealed record InsightEntry(string Label, string Detail, float Score);
