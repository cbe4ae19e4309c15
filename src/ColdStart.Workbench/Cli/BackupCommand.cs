using System.CommandLine;
using ColdStart.Data;
using Microsoft.Data.Sqlite;

namespace ColdStart.Workbench.Cli;

/// <summary>
/// The <c>backup</c> verb: copies the configured database (<c>Data:DatabasePath</c>) to a new file with SQLite's online
/// backup API, safe while the app serves (it sees a consistent state, WAL included). The copy is written beside the
/// target under a temporary name and renamed when complete, so a failure leaves no half-written file; an existing
/// target is never overwritten. Exit codes: 0 done, 1 no database or the copy failed, 2 bad arguments.
/// </summary>
internal sealed class BackupCommand : VerbCommand
{
    public const string Verb = "backup";

    public Option<string?> To { get; } = CliOption.Text("--to", "file", "The backup file to create (refused when it exists).");

    private readonly Func<IConfiguration> _configuration;

    public BackupCommand(Func<IConfiguration> configuration)
        : base(Verb, "Copy the database to a new file while the app may run (SQLite online backup).")
    {
        _configuration = configuration;
        Options.Add(To);
        SetAction((parse, _) => RunAsync(parse.GetValue(To)!, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
    }

    public override IEnumerable<string> Problems(ParseResult parse)
    {
        if (!Given(parse, To)) yield return "Missing --to: give the backup file to create.";
    }

    private async Task<int> RunAsync(string to, TextWriter stdout, TextWriter stderr)
    {
        string source;
        using (var services = CliServices.Create(_configuration())) source = services.GetRequiredService<DatabaseLocation>().FullPath;
        var target = Path.GetFullPath(to);
        string? problem = !File.Exists(source) ? $"There is no database at '{source}' (Data:DatabasePath)."
            : File.Exists(target) ? $"'{target}' exists already; a backup never overwrites a file."
            : !Directory.Exists(Path.GetDirectoryName(target)) ? $"The folder of '{target}' does not exist."
            : null;
        if (problem is not null)
        {
            await stderr.WriteLineAsync($"{Verb}: {problem}");
            return CommandLine.FailureExitCode;
        }
        var partial = target + ".partial";
        try
        {
            Copy(source, partial);
            File.Move(partial, target);
            await stdout.WriteLineAsync($"Backed up '{source}' to '{target}' ({new FileInfo(target).Length:N0} bytes).");
            return 0;
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            File.Delete(partial);
            await stderr.WriteLineAsync($"{Verb}: nothing was written. {ex.Message}");
            return CommandLine.FailureExitCode;
        }
    }

    /// <summary>SQLite's online backup from <paramref name="source"/> (opened read-only) into a new file.</summary>
    internal static void Copy(string source, string target)
    {
        using var from = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = source, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        using var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        from.Open();
        to.Open();
        from.BackupDatabase(to);
        // The copy keeps the source's WAL header flag; a standalone file is easier to move around as a rollback journal.
        using var journal = to.CreateCommand();
        journal.CommandText = "PRAGMA journal_mode=DELETE;";
        journal.ExecuteNonQuery();
    }
}
