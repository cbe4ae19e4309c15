namespace ColdStart.Data.Stores;

/// <summary>A persona was saved with a stale version: someone else changed (or deleted) it in the meantime.</summary>
public sealed class PersonaConflictException : Exception
{
    public PersonaConflictException(int id, int expectedVersion, StoredPersona? current)
        : base(current is null
            ? $"Persona {id} was deleted elsewhere; it cannot be saved with version {expectedVersion}."
            : $"Persona '{current.Persona.Name}' (id {id}) was changed elsewhere: expected version {expectedVersion}, stored version {current.Version}.")
    {
        Id = id;
        ExpectedVersion = expectedVersion;
        Current = current;
    }

    public PersonaConflictException() : this(0, 0, null) { }

    public PersonaConflictException(string message) : base(message) { }

    public PersonaConflictException(string message, Exception innerException) : base(message, innerException) { }

    public int Id { get; }
    public int ExpectedVersion { get; }

    /// <summary>The persona as stored now, or null when it was deleted.</summary>
    public StoredPersona? Current { get; }
}
