using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace ColdStart.Data;

/// <summary>
/// EF Core (9+) serialises migrations on SQLite with a row in <see cref="Table"/> that only a surviving process
/// deletes; after a crash mid-migration every later <c>Migrate()</c> would wait forever. A live migration of this
/// store holds the row for well under a second, so a row older than <see cref="StaleAfter"/> is removed; a younger
/// one means another process is migrating, which is reported instead of waited on.
/// </summary>
internal static class MigrationLock
{
    public const string Table = "__EFMigrationsLock";
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(5);

    public static async Task ClearStaleAsync(string path, string connectionString, ILogger logger, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var read = connection.CreateCommand();
        read.CommandText = $"SELECT Timestamp FROM \"{Table}\" LIMIT 1;";
        string? stamp;
        try
        {
            stamp = Convert.ToString(await read.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 1)
        {
            return; // no lock table yet: nothing ever migrated this file
        }
        if (string.IsNullOrEmpty(stamp)) return;
        var parsed = DateTimeOffset.TryParse(stamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var taken);
        if (parsed && DateTimeOffset.UtcNow - taken < StaleAfter)
        {
            throw new DatabaseUnavailableException(path,
                $"The database '{path}' is being migrated by another process (lock taken {taken:u}). " +
                $"Wait for it to finish; a lock older than {StaleAfter.TotalMinutes:F0} minutes is treated as abandoned.");
        }
        logger.LogWarning("Removing an abandoned migration lock from {Path} (taken {Stamp})", path, stamp);
        await using var delete = connection.CreateCommand();
        delete.CommandText = $"DELETE FROM \"{Table}\";";
        await delete.ExecuteNonQueryAsync(cancellationToken);
    }
}
