using Microsoft.Data.Sqlite;

namespace ColdStart.Data;

/// <summary>The resolved database file and the connection string every context and raw command uses.</summary>
public sealed class DatabaseLocation
{
    public DatabaseLocation(string databasePath, string baseDirectory, int busyTimeoutSeconds)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        FullPath = Path.GetFullPath(databasePath, baseDirectory);
        BusyTimeoutSeconds = busyTimeoutSeconds;
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            DefaultTimeout = busyTimeoutSeconds,
            Pooling = true,
        }.ToString();
    }

    /// <summary>Absolute path of the SQLite file.</summary>
    public string FullPath { get; }

    /// <summary>How long a command waits for another connection's lock, in seconds.</summary>
    public int BusyTimeoutSeconds { get; }

    public string ConnectionString { get; }
}
