namespace ColdStart.Data.Stores;

/// <summary>A strategy was saved with a stale version: someone else changed (or deleted) it in the meantime; nothing was overwritten.</summary>
public sealed class StrategyConflictException : Exception
{
    public StrategyConflictException(int id, int expectedVersion, string? storedName, int? storedVersion)
        : base(storedName is null
            ? $"Strategy id {id} was deleted by someone else."
            : $"Strategy '{storedName}' was changed elsewhere (now version {storedVersion}, you edited version {expectedVersion}).")
    {
        Id = id;
        ExpectedVersion = expectedVersion;
    }

    public StrategyConflictException() : this(0, 0, null, null) { }

    public StrategyConflictException(string message) : base(message) { }

    public StrategyConflictException(string message, Exception innerException) : base(message, innerException) { }

    public int Id { get; }
    public int ExpectedVersion { get; }
}
