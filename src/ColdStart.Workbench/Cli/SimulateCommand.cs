using System.CommandLine;
using ColdStart.Data.Stores;
using ColdStart.Engine.Simulation;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ColdStart.Workbench.Cli;

/// <summary>
/// The <c>simulate</c> verb: holds out users, trains on the rest (as an evaluation fold does), and runs N simulated
/// sessions of T steps per strategy and exploration share — sample worlds with their hidden archetypes as visitors,
/// other datasets replaying the held-out users' real later interactions. Prints a table; <c>--json</c> adds the per-step
/// curves. With <c>--workspace</c> the run is also stored as a lab simulation run (running, then completed, failed or
/// cancelled), shown in the Strategy lab's runs list; a <c>--dataset</c> has no workspace row, so it is not stored (the
/// output says so). Exit codes: 0 done, 1 the data could not be read or simulated, 2 bad arguments.
/// </summary>
internal sealed class SimulateCommand : VerbCommand
{
    public const string Verb = "simulate";

    public Option<string?> Dataset { get; } = CliOption.Create<string?>("--dataset", "folder|sample|sample-100k",
        "A dataset folder (CSV or MovieLens; visitors replay held-out users), or 'sample' / 'sample-100k' (visitors are held-out " +
        "users played by their hidden archetype).",
        text => EvalArguments.IsSample(text) || Directory.Exists(text) ? (text, null) : (text, $"Dataset folder '{text}' not found."));

    public Option<string?> Workspace { get; } = CliOption.Text("--workspace", "name",
        "A workspace stored in the app's database (Data:DatabasePath), instead of --dataset (replay visitors).");

    public Option<EvalStrategies> Strategies { get; } = CliOption.Create("--strategies", "a,b",
        "Strategies to simulate (default Balanced): Auto (tuned on the training side), Balanced, Collaborative only, Semantic only, " +
        "or Name=c/s/p/f[/i/l][/λ] as for eval.", EvalStrategies.Parse);

    public Option<int> Sessions { get; } = CliOption.Integer("--sessions", "n", "Sessions per strategy and exploration share.", 200, minimum: 1);

    public Option<int> Steps { get; } = CliOption.Integer("--steps", "n", "Lists shown per session.", 10, minimum: 1);

    public Option<IReadOnlyList<float>> Exploration { get; } = CliOption.Create<IReadOnlyList<float>>("--exploration", "0,0.2",
        "Exploration shares to run every strategy at (share of slots given to new items by Thompson sampling; default 0).",
        [0f], ReadShares);

    public Option<string> Adapt { get; } = CliOption.Create("--adapt", "yes|no",
        "yes (default): every click folds into the profile and the list is ranked again; no: the session keeps its first profile " +
        "(clicked items are only dropped from the list), the baseline the loop is measured against.", "yes",
        text => text.ToLowerInvariant() is "yes" or "no" ? (text.ToLowerInvariant(), null) : (text, $"--adapt must be yes or no (got '{text}')."));

    public Option<int> Seed { get; } = CliOption.Integer("--seed", "n", "Seed of the held-out visitors, their clicks, the exploration draws and the bootstrap.", 42);

    public Option<string?> Json { get; } = CliOption.Text("--json", "file", "Also write the report, with per-step curves, as JSON.");

    private readonly Func<IConfiguration> _configuration;

    public SimulateCommand(Func<IConfiguration> configuration)
        : base(Verb, "Simulate visitor sessions (click, profile update, re-rank) per strategy and exploration share.")
    {
        _configuration = configuration;
        foreach (var option in (Option[])[Dataset, Workspace, Strategies, Sessions, Steps, Exploration, Adapt, Seed, Json])
            Options.Add(option);
        SetAction((parse, cancellation) => RunAsync(ReadArguments(parse), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellation));
    }

    public override IEnumerable<string> Problems(ParseResult parse)
    {
        bool dataset = Given(parse, Dataset), workspace = Given(parse, Workspace);
        if (!dataset && !workspace) yield return "Missing --dataset: give a dataset folder (CSV or MovieLens), 'sample' or 'sample-100k', or --workspace NAME.";
        if (dataset && workspace) yield return "Give --dataset or --workspace, not both.";
    }

    /// <summary>The arguments of a parse without errors.</summary>
    public SimulateArguments ReadArguments(ParseResult parse)
    {
        var strategies = parse.GetValue(Strategies) ?? EvalStrategies.Default;
        return new SimulateArguments(parse.GetValue(Dataset), parse.GetValue(Workspace), strategies.Strategies, strategies.Auto,
            parse.GetValue(Sessions), parse.GetValue(Steps), parse.GetValue(Exploration) ?? [0f], parse.GetValue(Seed), parse.GetValue(Json),
            parse.GetValue(Adapt) != "no");
    }

    private static (IReadOnlyList<float>, string?) ReadShares(string text)
    {
        var values = new List<float>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!CliOption.TryReadNumber(part, out float value) || value < 0 || value > 1)
                return (values, $"--exploration takes shares between 0 and 1 separated by commas; '{part}' is not one.");
            if (!values.Contains(value)) values.Add(value);
        }
        return (values, null);
    }

    private async Task<int> RunAsync(SimulateArguments arguments, TextWriter stdout, TextWriter stderr, CancellationToken cancellation)
    {
        return await DataVerb.RunAsync(Verb, arguments.Dataset, stderr, async () =>
        {
            await stderr.WriteLineAsync($"Loading {arguments.Source} ...");
            var configuration = _configuration();
            var (data, archetypes) = await EvalSource.LoadWorldAsync(arguments.Dataset, arguments.Workspace, configuration, cancellation);
            var settings = new SimulationSettings(arguments.Strategies, arguments.Auto, arguments.Exploration,
                new SimulationOptions(Sessions: arguments.Sessions, Steps: arguments.Steps, Seed: arguments.Seed, Adapt: arguments.Adapt));
            await using var lab = arguments.Workspace is null ? null : CliServices.Create(configuration, s => s.TryAddSingleton<EvaluationRunStore>());
            var runs = lab?.GetRequiredService<EvaluationRunStore>();
            int? runId = runs is null ? null : await runs.StartSimulationAsync(arguments.Workspace!, settings, cancellation);
            SimulationReport report;
            try
            {
                report = await Task.Run(() => SimulationRun.Run(data, archetypes, settings.Strategies, settings.Auto, settings.Shares, settings.Options,
                    new Progress(stderr), cancellation), cancellation);
                if (runId is { } id) await runs!.CompleteAsync(id, report, CancellationToken.None);
            }
            catch (Exception e) when (runId is { } id)
            {
                if (e is OperationCanceledException) await runs!.MarkCancelledAsync(id, CancellationToken.None);
                else await runs!.FailAsync(id, e.Message, CancellationToken.None);
                throw;
            }
            await stdout.WriteAsync(SimulateTable.Format(report));
            await stderr.WriteLineAsync(runId is { } stored
                ? $"Stored as lab run #{stored} (Strategy lab → Runs)."
                : "Not stored as a lab run: --dataset has no workspace in the store; use --workspace NAME to keep the run.");
            if (arguments.JsonPath is { } path)
            {
                await File.WriteAllTextAsync(path, report.ToJson(), cancellation);
                await stderr.WriteLineAsync($"Report written to {Path.GetFullPath(path)}");
            }
        });
    }

    /// <summary>Writes each phase line to stderr (synchronously, in order).</summary>
    private sealed class Progress(TextWriter stderr) : IProgress<(string Message, double Fraction)>
    {
        public void Report((string Message, double Fraction) value)
        {
            if (value.Fraction < 1) stderr.WriteLine(value.Message);
        }
    }
}
