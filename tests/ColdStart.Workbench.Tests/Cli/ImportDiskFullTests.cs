using ColdStart.Data.Auditing;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Cli;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ColdStart.Workbench.Tests.Cli;

/// <summary>
/// The <c>import</c> verb when the disk fills while storing: SQLite's "database or disk is full" (error 13) is injected
/// mid-transaction (the audit entry asks for its actor after the rows are written), as a real full disk raises it.
/// </summary>
public sealed class ImportDiskFullTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("coldstart-import-").FullName;

    public void Dispose()
    {
        _database.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_full_disk_prints_one_line_exits_1_and_leaves_the_database_unchanged()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "items.csv"), "id,title\n1,A\n2,B\n");
        await File.WriteAllTextAsync(Path.Combine(_folder, "users.csv"), "id\nu1\n");
        await File.WriteAllTextAsync(Path.Combine(_folder, "events.csv"), "user_id,item_id,type,timestamp\nu1,1,view,1700000000\n");
        var command = new ImportCommand(() => _database.Configuration, services => services.AddSingleton<IActorSource>(new FullDisk()));
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = await command.RunAsync(_folder, "full", 4f, stdout, stderr, CancellationToken.None);

        Assert.Equal(CommandLine.FailureExitCode, code);
        var line = Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("import: nothing was imported. The disk is full", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", line, StringComparison.Ordinal);
        await using var db = _database.CreateContext();
        Assert.False(await db.Workspaces.AnyAsync(w => w.Name == "full"));
        Assert.Equal(0, await db.Items.CountAsync());
    }

    [Fact]
    public void Disk_full_errors_are_recognised_wrapped_or_not_and_other_errors_are_left_alone()
    {
        Assert.StartsWith("The disk is full", ImportCommand.StorageFailure(new DbUpdateException("save failed", new SqliteException("database or disk is full", 13))));
        Assert.StartsWith("The disk is full", ImportCommand.StorageFailure(new IOException("No space left on device", 28)));
        Assert.StartsWith("The database refused the write", ImportCommand.StorageFailure(new SqliteException("disk I/O error", 10)));
        Assert.Null(ImportCommand.StorageFailure(new InvalidOperationException("something else")));
    }

    private sealed class FullDisk : IActorSource
    {
        public string Current => throw new SqliteException("SQLite Error 13: 'database or disk is full'.", 13);
    }
}
