namespace ColdStart.Workbench.Compare;

/// <summary>A "Bury" chosen on a card: the card, what to bury, and for <see cref="BuryScope.Tag"/> which of its tags.</summary>
public sealed record BuryRequest(CompareCard Card, BuryScope Scope, string? Tag = null);
