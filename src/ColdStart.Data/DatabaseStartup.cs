using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ColdStart.Data;

/// <summary>
/// Opens the database at start: checks that the file is usable, then applies migrations. Never deletes, truncates or
/// re-creates an existing file; anything wrong becomes a <see cref="DatabaseUnavailableException"/> naming the path.
/// </summary>
public sealed class DatabaseStartup(
    DatabaseLocation location,
    IDbContextFactory<WorkbenchDbContext> contexts,
    ILogger<DatabaseStartup> logger)
{
    private const string MigrationsHistoryTable = "__EFMigrationsHistory";

    /// <summary>Checks the file, migrates to the latest schema and switches the journal to WAL.</summary>
    public async Task PrepareAsync(CancellationToken cancellationToken = default)
    {
        var path = location.FullPath;
        DatabaseFileCheck.EnsureFolder(path);
        var existed = File.Exists(path);
        if (existed)
        {
            DatabaseFileCheck.EnsureSqliteFile(path);
            await CheckContentsAsync(path, location.BusyTimeoutSeconds, cancellationToken);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        try
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                logger.LogInformation("Applying {Count} migration(s) to {Path}: {Migrations}", pending.Count, path, string.Join(", ", pending));
                await MigrationLock.ClearStaleAsync(path, location.ConnectionString, logger, cancellationToken);
                await db.Database.MigrateAsync(cancellationToken);
            }
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        catch (SqliteException ex)
        {
            throw Unavailable(path, ex);
        }
        logger.LogInformation("Database ready at {Path} ({State})", path, existed ? "existing file" : "new file");
    }

    /// <summary>Reads the schema (fails on a corrupt file), refuses a foreign SQLite file, and probes for locks.</summary>
    private static async Task CheckContentsAsync(string path, int busyTimeoutSeconds, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = path,
                Mode = SqliteOpenMode.ReadWrite,
                Pooling = false,
                DefaultTimeout = busyTimeoutSeconds,
            }.ToString());
            await connection.OpenAsync(cancellationToken);
            var tables = await ReadTableNamesAsync(connection, cancellationToken);
            if (tables.Any(t => t != MigrationLock.Table) && !tables.Contains(MigrationsHistoryTable))
            {
                throw new DatabaseUnavailableException(path,
                    $"The database '{path}' is a SQLite file with other tables ({string.Join(", ", tables.Take(5))}) " +
                    "and no workbench migration history. It was left untouched; set Data:DatabasePath in appsettings.json to another file.");
            }
            await using var probe = connection.CreateCommand();
            probe.CommandText = "BEGIN IMMEDIATE; ROLLBACK;";
            await probe.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (SqliteException ex)
        {
            throw Unavailable(path, ex);
        }
    }

    private static async Task<List<string>> ReadTableNamesAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name;";
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) names.Add(reader.GetString(0));
        return names;
    }

    /// <summary>The SQLite "busy" or "locked" error behind <paramref name="ex"/> (itself or an inner exception, e.g. EF's DbUpdateException), else null.</summary>
    internal static SqliteException? LockedBy(Exception ex)
    {
        for (Exception? e = ex; e is not null; e = e.InnerException)
            if (e is SqliteException { SqliteErrorCode: 5 or 6 } sqlite) return sqlite;
        return null;
    }

    /// <summary>The one-line message for a database that cannot be used, with what was done about it.</summary>
    internal static DatabaseUnavailableException Unavailable(string path, SqliteException ex, string outcome)
    {
        var reason = Reason(ex);
        return new DatabaseUnavailableException(path, $"The database '{path}' {reason}: {ex.Message} {outcome}", ex);
    }

    private static string Reason(SqliteException ex) => ex.SqliteErrorCode switch
    {
        5 or 6 => "is locked by another process (is a second workbench running?)",
        8 => "is read-only: the workbench needs to write to it",
        11 or 26 => "is corrupt or not a SQLite database",
        14 => "cannot be opened (check that the folder exists and is writable)",
        _ => $"cannot be used (SQLite error {ex.SqliteErrorCode})",
    };

    private static DatabaseUnavailableException Unavailable(string path, SqliteException ex)
    {
        return Unavailable(path, ex, "It was left untouched; fix or move it, or set Data:DatabasePath in appsettings.json to another file.");
    }
}
