namespace ColdStart.Data.Stores;

/// <summary>A suite was saved with a stale version, or under a name another suite of the workspace has; nothing was written.</summary>
public sealed class SuiteConflictException : Exception
{
    public SuiteConflictException() { }

    public SuiteConflictException(string message) : base(message) { }

    public SuiteConflictException(string message, Exception innerException) : base(message, innerException) { }
}
