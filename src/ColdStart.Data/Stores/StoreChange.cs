namespace ColdStart.Data.Stores;

/// <summary>A write a store has just committed, for listeners that react to edits (the suites' automatic re-runs).</summary>
/// <param name="Workspace">The workspace it concerns, or null for global rows (strategies).</param>
/// <param name="Kind">"strategy" or "persona".</param>
/// <param name="Description">The change in words, e.g. "Strategy 'Balanced' saved".</param>
public sealed record StoreChange(string? Workspace, string Kind, string Description);
