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

    private readonly Func<IConfiguration> _configuration;

    public ImportCommand(Func<IConfiguration> configuration)
        : base(Verb, "Import a CSV or MovieLens folder as a new workspace.")
    {
        _configuration = configuration;
        foreach (var option in (Option[])[Dataset, Workspace, StrongRating]) Options.Add(option);
        SetAction((parse, cancellation) => RunAsync(parse.GetRequiredValue(Dataset)!, parse.GetValue(Workspace), parse.GetValue(StrongRating),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellation));
    }

    public override IEnumerable<string> Problems(ParseResult parse)
    {
        if (!Given(parse, Dataset)) yield return "Missing --dataset: give the folder to import.";
        if (parse.GetResult(Workspace) is { Tokens: [var name] } && WorkspaceNames.Problem(name.Value) is { } problem) yield return $"--workspace: {problem}";
    }

    private async Task<int> RunAsync(string folder, string? workspace, float strong, TextWriter stdout, TextWriter stderr, CancellationToken cancellation)
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
        catch (Exception ex) when (ex is DatabaseUnavailableException or ArgumentException or InvalidOperationException or IOException)
        {
            await stderr.WriteLineAsync($"{Verb}: nothing was imported. {ex.Message}");
            return CommandLine.FailureExitCode;
        }
    }
}
