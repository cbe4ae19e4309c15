using ColdStart.Engine.Domain;

namespace ColdStart.Data.Stores;

/// <summary>A persona as the audit trail records it: its fields and its note.</summary>
public sealed record PersonaVersion(Persona Persona, string Note);
