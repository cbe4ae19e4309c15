using System.CommandLine;
using System.Text.Json;
using ColdStart.Data;
using ColdStart.Data.Seeding;
using ColdStart.Data.Stores;
using ColdStart.Workbench.Modeling;
using ColdStart.Workbench.Options;
using ColdStart.Workbench.Suites;
using Microsoft.Extensions.Options;

namespace ColdStart.Workbench.Cli;

/// <summary>
/// <c>suite run [--suite NAME] [--workspace NAME] [--json FILE]</c>: builds the workspace's model as the app does
/// (<see cref="ModelHost"/>, same encoder and settings), runs its suites (or one) through <see cref="SuiteRuns"/>, stores
/// each run (trigger "cli") and prints every expectation. Exit codes: 0 every expectation holds, 1 one fails or the
/// suites could not be run, 2 bad arguments — so a shop can gate a deployment on it.
/// </summary>
internal sealed class SuiteRunCommand : VerbCommand
{
    public const string Verb = "run";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public Option<string?> Suite { get; } = CliOption.Text("--suite", "name", "Run only this suite (default: every suite of the workspace).");

    public Option<string?> Workspace { get; } = CliOption.Text("--workspace", "name", "The workspace (default: the one the app has open).");

    public Option<string?> JsonFile { get; } = CliOption.Text("--json", "file", "Also write the runs (every expectation and list) as JSON.");

    private readonly Func<IConfiguration> _configuration;

    public SuiteRunCommand(Func<IConfiguration> configuration)
        : base(Verb, "Run persona test suites on the workspace's model; exit 0 when all expectations hold, 1 otherwise.")
    {
        _configuration = configuration;
        foreach (var option in (Option[])[Suite, Workspace, JsonFile]) Options.Add(option);
        SetAction((parse, cancellation) => RunAsync(parse.GetValue(Suite), parse.GetValue(Workspace), parse.GetValue(JsonFile),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellation));
    }

    private async Task<int> RunAsync(string? suite, string? workspace, string? json, TextWriter stdout, TextWriter stderr, CancellationToken cancellation)
    {
        const string name = SuiteCommand.Verb + " " + Verb;
        var configuration = _configuration();
        try
        {
            await using var services = CliServices.Create(configuration, s =>
            {
                s.AddModelOptions(configuration);
                s.AddSingleton<StrategyStore>();
                s.AddSingleton<WorkspaceStore>();
                s.AddSingleton<ActiveWorkspaceFile>();
                s.AddSingleton<ModelHost>();
                s.AddSingleton<SuiteStore>();
                s.AddPersonas();
                s.AddSingleton<SuiteRuns>();
            });
            var path = services.GetRequiredService<DatabaseLocation>().FullPath;
            if (!File.Exists(path))
            {
                await stderr.WriteLineAsync($"{name}: there is no database at '{path}' (Data:DatabasePath); start the app once, or import a dataset.");
                return CommandLine.FailureExitCode;
            }
            await services.GetRequiredService<DatabaseStartup>().PrepareAsync(cancellation);
            services.GetRequiredService<SeedingStatus>().MarkReady("The command line works on the existing database."); // no seeding here: the models need not wait
            workspace ??= await services.GetRequiredService<ActiveWorkspaceFile>().ResolveAsync(cancellation);
            if (!await services.GetRequiredService<WorkspaceStore>().ExistsAsync(workspace, cancellation))
            {
                await stderr.WriteLineAsync($"{name}: there is no workspace '{workspace}' in '{path}'.");
                return CommandLine.FailureExitCode;
            }
            if ((await services.GetRequiredService<SuiteStore>().ListAsync(workspace, cancellation)).Count == 0)
            {
                await stderr.WriteLineAsync($"{name}: workspace '{workspace}' has no suites; write one on the Suites page.");
                return CommandLine.FailureExitCode;
            }
            await stderr.WriteLineAsync($"Building the model of workspace '{workspace}' ...");
            var host = services.GetRequiredService<ModelHost>();
            var model = host.Acquire(workspace);
            await model.WhenSettledAsync(cancellation);
            if (model.Current is null)
            {
                await stderr.WriteLineAsync($"{name}: the model could not be built: {model.Status.Message}");
                return CommandLine.FailureExitCode;
            }
            var runs = await services.GetRequiredService<SuiteRuns>().RunAsync(model, suite, SuiteTriggers.CommandLine, "suite run (command line)", cancellation);
            foreach (var run in runs) await PrintAsync(run, stdout);
            int failing = runs.Sum(r => r.Result.Failed);
            await stdout.WriteLineAsync(failing == 0
                ? $"All {runs.Sum(r => r.Result.Results.Count)} expectations of {runs.Count} suite(s) hold."
                : $"{failing} of {runs.Sum(r => r.Result.Results.Count)} expectations fail.");
            if (json is not null)
            {
                await File.WriteAllTextAsync(json, JsonSerializer.Serialize(runs, Json), cancellation);
                await stderr.WriteLineAsync($"Runs written to {Path.GetFullPath(json)}");
            }
            return failing == 0 ? 0 : CommandLine.FailureExitCode;
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or InvalidDataException or IOException
                                      or UnauthorizedAccessException or OptionsValidationException or DatabaseUnavailableException)
        {
            await stderr.WriteLineAsync($"{name}: {e.Message}");
            return CommandLine.FailureExitCode;
        }
    }

    private static async Task PrintAsync(StoredSuiteRun run, TextWriter stdout)
    {
        var s = run.Summary;
        await stdout.WriteLineAsync($"Suite '{s.Suite}' (strategy {s.Strategy}, model {s.ModelFingerprint}): {s.Held} hold, {s.Failed} fail — run {s.Id}");
        foreach (var r in run.Result.Results)
            await stdout.WriteLineAsync($"  {(r.Held ? "PASS" : "FAIL")}  {r.Sentence}  [{r.Observed}]");
    }
}
