using ColdStart.Engine.Domain;

namespace ColdStart.Data.Stores;

/// <summary>A persona as stored: its row id, the merchandiser's note and the concurrency version.</summary>
/// <param name="Id">Row id.</param>
/// <param name="Persona">The engine's persona.</param>
/// <param name="Note">Free note (not read by the engine).</param>
/// <param name="Version">Concurrency version; pass it back to <see cref="PersonaStore.UpdateAsync"/>.</param>
/// <param name="UpdatedAt">UTC time of the last save.</param>
public sealed record StoredPersona(int Id, Persona Persona, string Note, int Version, DateTime UpdatedAt);
