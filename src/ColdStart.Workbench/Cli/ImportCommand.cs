using System.CommandLine;
using ColdStart.Data;
using ColdStart.Data.Import;
using ColdStart.Data.Storage;
using ColdStart.Data.Stores;
using ColdStart.Workbench.Datasets;

namespace ColdStart.Workbench.Cli;

/// <summary>
/// The <c>import</c> verb: reads a generic CSV or MovieLens folder (format detected) and stores it as a new workspace
/// in the configured database, in one transaction. A file with any bad line imports nothing and lists every error as
/// <c>file:line: message</c>. Exit codes: 0 done, 1 the data or database was rejected, 2 bad arguments.
/// </summary>
/// <remarks>The options are the properties below, one line each.</remarks>
internal sealed class ImportCommand : VerbCommand
{
    public const string Verb = "import";

    public Option<string?> Dataset { get; } = CliOption.Text("--dataset", "folder",
        "items.csv/users.csv/events.csv, MovieLens 100K (u.data, u.item, u.user) or MovieLens latest (movies.csv, ratings.csv[, tags.csv]).");

    public Option<string?> Workspace { get; } = CliOption.Text("--workspace", "name",
        "Workspace to create (default: the folder name). An existing workspace is never overwritten.");

    public Option<float> StrongRating { get; } = CliOption.Number("--strong-rating", "x",
        "Ratings ≥ x become strong positives (purchases), others weak views.", 4f);

    /// <summary>SQLite's result code for "database or disk is full".</summary>
    private const int SqliteFull = 13;

    /// <summary>errno ENOSPC (Linux, macOS) and the Windows codes ERROR_HANDLE_DISK_FULL and ERROR_DISK_FULL, as an IOException's HResult carries them.</summary>
    private const int Enospc = 28, WindowsHandleDiskFull = 0x27, WindowsDiskFull = 0x70;

    private readonly Func<IConfiguration> _configuration;
    private readonly Action<IServiceCollection>? _services;

    /// <param name="configuration">The settings (database path).</param>
    /// <param name="services">Registers replacements in the store's services (tests inject faults with it).</param>
    public ImportCommand(Func<IConfiguration> configuration, Action<IServiceCollection>? services = null)
        : base(Verb, "Import a CSV or MovieLens folder as a new workspace.")
    {
        _configuration = configuration;
        _services = services;
        foreach (var option in (Option[])[Dataset, Workspace, StrongRating]) Options.Add(option);
        SetAction((parse, cancellation) => RunAsync(parse.GetRequiredValue(Dataset)!, parse.GetValue(Workspace), parse.GetValue(StrongRating),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellation));
    }

    public override IEnumerable<string> Problems(ParseResult parse)
    {
        if (!Given(parse, Dataset)) yield return "Missing --dataset: give the folder to import.";
        if (parse.GetResult(Workspace) is { Tokens: [var name] } && WorkspaceNames.Problem(name.Value) is { } problem) yield return $"--workspace: {problem}";
    }

    internal async Task<int> RunAsync(string folder, string? workspace, float strong, TextWriter stdout, TextWriter stderr, CancellationToken cancellation)
    {
        workspace ??= Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
        if (WorkspaceNames.Problem(workspace) is { } problem)
        {
            await stderr.WriteLineAsync($"{Verb}: the workspace name '{workspace}' (from the folder name) cannot be used: {problem} Give one with --workspace.");
            return CommandLine.UsageExitCode;
        }
        try
        {
            var data = DatasetImporter.Import(folder, new ImportOptions(strong, workspace));
            var format = DatasetImporter.DetectFormat(folder);
            await stdout.WriteLineAsync($"Read {data.Items.Count:N0} items, {data.Users.Count:N0} users, {data.Events.Count:N0} events ({format}).");
            await using var services = CliServices.Create(_configuration(), s =>
            {
                s.AddSingleton<WorkspaceStore>();
                _services?.Invoke(s);
            });
            await services.GetRequiredService<DatabaseStartup>().PrepareAsync(cancellation);
            if (await services.GetRequiredService<WorkspaceStore>().ExistsAsync(workspace, cancellation))
            {
                await stderr.WriteLineAsync($"{Verb}: nothing was imported. {WorkspaceNames.AlreadyExists(workspace)}");
                return CommandLine.FailureExitCode;
            }

            await services.GetRequiredService<WorldStore>().SaveWorldAsync(workspace, format, data, cancellationToken: cancellation);
            await stdout.WriteLineAsync($"Stored as workspace '{workspace}'.");
            return 0;
        }
        catch (ImportException ex)
        {
            await stderr.WriteLineAsync($"{Verb}: nothing was imported. {ex.TotalErrors} error(s):");
            foreach (var error in ex.Errors) await stderr.WriteLineAsync("  " + error);
            return CommandLine.FailureExitCode;
        }
        catch (Exception ex) when (StorageFailure(ex) is { } line)
        {
            await stderr.WriteLineAsync($"{Verb}: nothing was imported. {line}");
            return CommandLine.FailureExitCode;
        }
        catch (Exception ex) when (ex is DatabaseUnavailableException or ArgumentException or InvalidOperationException or IOException)
        {
            await stderr.WriteLineAsync($"{Verb}: nothing was imported. {ex.Message}");
            return CommandLine.FailureExitCode;
        }
    }

    /// <summary>
    /// One line for a write that the disk or the database refused (disk full, or any other SQLite error, also wrapped by
    /// EF), or null for other exceptions. The store writes in one transaction, so nothing was stored.
    /// </summary>
    internal static string? StorageFailure(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: SqliteFull })
                return "The disk is full (SQLite error 13: database or disk is full); the database is unchanged. Free some space and run the import again.";
            if (e is IOException io && (io.HResult == Enospc || (io.HResult & 0xFFFF) is WindowsHandleDiskFull or WindowsDiskFull))
                return $"The disk is full ({OneLine(io.Message)}); the database is unchanged. Free some space and run the import again.";
            if (e is Microsoft.Data.Sqlite.SqliteException sqlite)
                return $"The database refused the write: {OneLine(sqlite.Message)} The database is unchanged.";
        }
        return null;
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
