namespace ColdStart.Data.Stores;

/// <summary>One column of a saved board: a persona × a strategy, by name.</summary>
public sealed record BoardColumn(string Persona, string Strategy);
