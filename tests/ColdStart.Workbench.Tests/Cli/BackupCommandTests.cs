using ColdStart.Data;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Cli;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ColdStart.Workbench.Tests.Cli;

public sealed class BackupCommandTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Backup_copies_the_database_while_a_connection_holds_it_and_never_overwrites()
    {
        var configuration = Configuration();
        await using (var services = CliServices.Create(configuration)) await services.GetRequiredService<DatabaseStartup>().PrepareAsync();
        await using var open = new SqliteConnection($"Data Source={_database.Path}");
        await open.OpenAsync();
        var target = Path.Combine(_database.Folder, "backup.db");

        var (code, stdout, stderr) = await CliRun.RunAsync(["backup", "--to", target], configuration);
        var again = await CliRun.RunAsync(["backup", "--to", target], configuration);

        Assert.Equal((0, ""), (code, stderr));
        Assert.Contains($"to '{target}'", stdout, StringComparison.Ordinal);
        Assert.Equal(await TablesAsync(open), await TablesAsync(target));
        Assert.Equal(CommandLine.FailureExitCode, again.Code);
        Assert.Contains("never overwrites", again.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(target + ".partial"));
    }

    [Fact]
    public async Task Backup_without_a_database_or_target_says_so()
    {
        var missing = await CliRun.RunAsync(["backup", "--to", Path.Combine(_database.Folder, "b.db")], Configuration());
        var usage = await CliRun.RunAsync(["backup"], Configuration());

        Assert.Equal(CommandLine.FailureExitCode, missing.Code);
        Assert.Contains($"backup: There is no database at '{_database.Path}'", missing.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(_database.Path));
        Assert.Equal(CommandLine.UsageExitCode, usage.Code);
        Assert.Contains("backup: Missing --to", usage.Stderr, StringComparison.Ordinal);
    }

    private IConfiguration Configuration() =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Data:DatabasePath"] = _database.Path }).Build();

    private static async Task<string> TablesAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        return await TablesAsync(connection);
    }

    private static async Task<string> TablesAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name)";
        return (string)(await command.ExecuteScalarAsync())!;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _database.Dispose();
    }
}
