namespace ColdStart.Data;

/// <summary>The database file cannot be used (corrupt, not SQLite, locked, unwritable). The message names the path.</summary>
public sealed class DatabaseUnavailableException : Exception
{
    public DatabaseUnavailableException(string databasePath, string message, Exception? innerException = null)
        : base(message, innerException) => DatabasePath = databasePath;

    /// <summary>Absolute path of the database file concerned.</summary>
    public string DatabasePath { get; }
}
