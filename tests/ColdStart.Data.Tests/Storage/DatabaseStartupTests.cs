using System.Text;
using ColdStart.Tests.Shared;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ColdStart.Data.Tests.Storage;

public sealed class DatabaseStartupTests
{
    [Fact]
    public async Task A_missing_database_is_created_with_its_folder_and_migrated()
    {
        using var database = new TempDatabase(Path.Combine("nested", "folder", "workbench.db"));

        await database.Startup.PrepareAsync();

        Assert.True(File.Exists(database.Path));
        await using var db = database.CreateContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal("wal", await JournalModeAsync(database.Path));
    }

    [Fact]
    public async Task A_text_file_in_place_of_the_database_is_reported_with_its_path_and_left_untouched()
    {
        using var database = new TempDatabase();
        var content = Encoding.UTF8.GetBytes("these are my notes, not a database\n");
        await File.WriteAllBytesAsync(database.Path, content);

        var error = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => database.Startup.PrepareAsync());

        Assert.Contains(database.Path, error.Message);
        Assert.Contains("not a SQLite database", error.Message);
        Assert.Equal(content, await File.ReadAllBytesAsync(database.Path));
    }

    [Fact]
    public async Task A_corrupt_sqlite_file_is_reported_with_its_path_and_left_untouched()
    {
        using var database = new TempDatabase();
        var content = new byte[8192];
        Encoding.ASCII.GetBytes("SQLite format 3\0").CopyTo(content, 0);
        new Random(7).NextBytes(content.AsSpan(16));
        await File.WriteAllBytesAsync(database.Path, content);

        var error = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => database.Startup.PrepareAsync());

        Assert.Contains(database.Path, error.Message);
        Assert.Contains("corrupt", error.Message);
        Assert.Equal(content, await File.ReadAllBytesAsync(database.Path));
    }

    [Fact]
    public async Task An_unwritable_location_is_reported_with_the_path()
    {
        // A plain file where the database folder should be: the folder cannot be created, even by root.
        using var database = new TempDatabase(Path.Combine("blocker", "workbench.db"));
        var blocker = Path.Combine(database.Folder, "blocker");
        await File.WriteAllTextAsync(blocker, "keep me");

        var error = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => database.Startup.PrepareAsync());

        Assert.Contains(database.Path, error.Message);
        Assert.Contains("writable location", error.Message);
        Assert.Equal("keep me", await File.ReadAllTextAsync(blocker));
    }

    [Fact]
    public async Task A_folder_at_the_database_path_is_reported()
    {
        using var database = new TempDatabase();
        Directory.CreateDirectory(database.Path);

        var error = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => database.Startup.PrepareAsync());

        Assert.Contains($"'{database.Path}' is a folder", error.Message);
    }

    [Fact]
    public async Task Another_applications_sqlite_database_is_refused_and_left_untouched()
    {
        using var database = new TempDatabase();
        await using (var other = new SqliteConnection($"Data Source={database.Path};Pooling=False"))
        {
            await other.OpenAsync();
            await using var create = other.CreateCommand();
            create.CommandText = "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices VALUES (1, 9.5);";
            await create.ExecuteNonQueryAsync();
        }
        var before = await File.ReadAllBytesAsync(database.Path);

        var error = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => database.Startup.PrepareAsync());

        Assert.Contains(database.Path, error.Message);
        Assert.Contains("invoices", error.Message);
        Assert.Equal(before, await File.ReadAllBytesAsync(database.Path));
    }

    [Fact]
    public async Task A_database_locked_by_another_writer_is_reported_with_the_path()
    {
        using var database = new TempDatabase();
        await database.Startup.PrepareAsync();
        await using var holder = new SqliteConnection($"Data Source={database.Path};Pooling=False");
        await holder.OpenAsync();
        await using var begin = holder.CreateCommand();
        begin.CommandText = "BEGIN EXCLUSIVE;";
        await begin.ExecuteNonQueryAsync();

        var error = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => database.Startup.PrepareAsync());

        Assert.Contains(database.Path, error.Message);
        Assert.Contains("locked", error.Message);
    }

    [Fact]
    public async Task A_second_start_keeps_the_data()
    {
        using var database = new TempDatabase();
        var store = await database.PrepareAsync();
        await store.SaveWorldAsync("tiny", WorkspaceKinds.Csv, TinyWorld.Create());

        await database.Startup.PrepareAsync();

        Assert.True(await store.HasItemsAsync("tiny"));
        Assert.Equal(10, (await store.GetStatisticsAsync("tiny")).Events);
    }

    [Fact]
    public async Task An_abandoned_migration_lock_is_removed_and_the_migration_runs()
    {
        using var database = new TempDatabase();
        await WriteMigrationLockAsync(database.Path, DateTimeOffset.UtcNow.AddHours(-1));

        await database.Startup.PrepareAsync().WaitAsync(TimeSpan.FromSeconds(20));

        await using var db = database.CreateContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task A_fresh_migration_lock_of_another_process_is_reported_instead_of_waited_on()
    {
        using var database = new TempDatabase();
        await WriteMigrationLockAsync(database.Path, DateTimeOffset.UtcNow);

        var error = await Assert.ThrowsAsync<DatabaseUnavailableException>(
            () => database.Startup.PrepareAsync().WaitAsync(TimeSpan.FromSeconds(20)));

        Assert.Contains($"'{database.Path}' is being migrated by another process", error.Message);
    }

    /// <summary>The lock table and row EF Core leaves behind when a process dies mid-migration.</summary>
    private static async Task WriteMigrationLockAsync(string path, DateTimeOffset taken)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText =
            "CREATE TABLE \"__EFMigrationsLock\" (\"Id\" INTEGER NOT NULL PRIMARY KEY, \"Timestamp\" TEXT NOT NULL);" +
            "INSERT INTO \"__EFMigrationsLock\" VALUES (1, $taken);";
        command.Parameters.AddWithValue("$taken", taken.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", System.Globalization.CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> JournalModeAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
