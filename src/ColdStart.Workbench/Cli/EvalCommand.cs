using System.CommandLine;
using ColdStart.Engine.Evaluation;

namespace ColdStart.Workbench.Cli;

/// <summary>
/// The <c>eval</c> verb: evaluates strategies beside the baselines on a dataset folder (generic CSV, MovieLens 100K or
/// latest), a generated sample world or a stored workspace, with progress on stderr, a results table on stdout and an
/// optional JSON report. Exit codes: 0 done, 1 the data could not be read or evaluated, 2 bad arguments.
/// </summary>
/// <remarks>The options are the properties below, one line each; <see cref="ReadArguments"/> reads them.</remarks>
internal sealed class EvalCommand : VerbCommand
{
    public const string Verb = "eval";

    public Option<string?> Dataset { get; } = CliOption.Create<string?>("--dataset", "folder|sample|sample-100k",
        "Generic CSV (items.csv, users.csv, events.csv), MovieLens 100K (u.data ...) or MovieLens latest (movies.csv, ratings.csv) folder; " +
        "'sample' generates the sample world of appsettings.json's SampleWorld section, 'sample-100k' one of MovieLens-100K size " +
        "(1,682 items, 943 users, 100k events; seed and days from the same section).",
        text => EvalArguments.IsSample(text) || Directory.Exists(text) ? (text, null) : (text, $"Dataset folder '{text}' not found."));

    public Option<string?> Workspace { get; } = CliOption.Text("--workspace", "name",
        "A workspace stored in the app's database (Data:DatabasePath), instead of --dataset.");

    public Option<EvalStrategies> Strategies { get; } = CliOption.Create("--strategies", "a,b",
        "Strategies beside the baselines (default Balanced). Known: Auto (tuned inside each fold on validation users of the training side only), " +
        "Balanced, Collaborative only, Semantic only; or your own as Name=c/s/p/f[/i/l][/λ] (blend weights " +
        "collaborative/semantic/popularity/freshness[/item-to-item/lexical], optional MMR λ), e.g. Mine=0.4/0.2/0.4/0/0.1.",
        EvalStrategies.Parse);

    public Option<IReadOnlyList<int>> KValues { get; } = CliOption.Integers("--k", "0,1,3,5",
        "Interactions revealed per new test user (default 0,1,3,5).", minimum: 0);

    public Option<int> Folds { get; } = CliOption.Integer("--folds", "n", "Folds of the new-user protocol, at least 2.", 5, minimum: 2);

    public Option<EvalProtocols?> Protocols { get; } = CliOption.Create<EvalProtocols?>("--protocol",
        "new-user|new-item|both|free-text", "Protocols to run (default new-user); free-text runs the text → items benchmark instead " +
        "(MovieLens tags, or the searches of a sample world or generic CSV).", text => text.ToLowerInvariant() switch
        {
            "new-user" => (new EvalProtocols([EvaluationProtocol.NewUser], false), null),
            "new-item" => (new EvalProtocols([EvaluationProtocol.NewItem], false), null),
            "both" => (new EvalProtocols([EvaluationProtocol.NewUser, EvaluationProtocol.NewItem], false), null),
            EvalProtocols.FreeTextName => (new EvalProtocols([], true), null),
            _ => (null, $"--protocol must be new-user, new-item, both or free-text (got '{text}')."),
        });

    public Option<string?> Encoder { get; } = CliOption.Create<string?>("--encoder", "minilm|arctic-xs|model.onnx",
        "With --protocol free-text: a pretrained encoder (minilm, arctic-xs: extracted by the build, with its pooling and query " +
        "prefix) or a drop-in ONNX sentence model (its vocab.txt or <name>.vocab.txt beside it) to add as a row.",
        text => ColdStart.Pretrained.PretrainedModels.Find(text) is not null || File.Exists(text)
            ? (text, null)
            : (text, $"Encoder '{text}' is neither minilm, arctic-xs nor an existing model file."));

    public Option<IReadOnlyList<float>?> Adapter { get; } = CliOption.Create<IReadOnlyList<float>?>("--adapter", "0,0.5",
        "With --protocol free-text and --encoder: also rank with that encoder plus an adapter trained per fold (on the fold's " +
        "training people only) toward the collaborative space, one row per base share: 0 ranks in the adapted space alone " +
        "(\"<encoder> + adapter\"), s > 0 adds s × the encoder's own cosine (\"<encoder> + adapter (base share s)\"; 0.5 is what " +
        "train --adapter writes).", ReadShares);

    public Option<string?> Json { get; } = CliOption.Text("--json", "file", "Also write the full report as JSON.");

    public Option<int> Seed { get; } = CliOption.Integer("--seed", "n", "Seed of splits, random baseline and bootstrap.", 42);

    public Option<float?> PopularityHalfLife { get; } = CliOption.Positive("--popularity-half-life", "days",
        "Half-life in days of the popularity prior (default 14). One candidate: each fold's tuning also tries 7, 30, 180 days " +
        "and all-time on its validation users and keeps the best for every row of that fold.", "a positive number of days");

    public Option<int?> Factors { get; } = CliOption.OptionalInteger("--factors", "n", "ALS factors of the fold models (default 64).", minimum: 1);

    public Option<float?> Regularization { get; } = CliOption.Positive("--regularization", "λ",
        "ALS ridge λ of the fold models (default 0.1).", "a positive number");

    private readonly Func<IConfiguration> _configuration;

    public EvalCommand(Func<IConfiguration> configuration)
        : base(Verb, "Evaluate strategies against baselines (offline cold-start metrics).")
    {
        _configuration = configuration;
        foreach (var option in (Option[])[Dataset, Workspace, Strategies, KValues, Folds, Protocols, Encoder, Adapter, Json, Seed, PopularityHalfLife, Factors, Regularization])
            Options.Add(option);
        SetAction((parse, cancellation) => RunAsync(ReadArguments(parse), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellation));
    }

    public override IEnumerable<string> Problems(ParseResult parse)
    {
        bool dataset = Given(parse, Dataset), workspace = Given(parse, Workspace);
        if (!dataset && !workspace) yield return "Missing --dataset: give a dataset folder (CSV or MovieLens) or 'sample', or --workspace NAME.";
        if (dataset && workspace) yield return "Give --dataset or --workspace, not both.";
        if (Given(parse, Encoder) && parse.GetValue(Protocols) is not { FreeText: true }) yield return "--encoder is only used with --protocol free-text.";
        if (Given(parse, Adapter) && !Given(parse, Encoder)) yield return "--adapter needs --encoder: the adapter is trained on top of that encoder (e.g. --encoder minilm --adapter).";
    }

    private static (IReadOnlyList<float>? Shares, string? Error) ReadShares(string text)
    {
        var shares = new List<float>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!CliOption.TryReadNumber(part, out float share) || share < 0f || share >= 1f)
                return (null, $"--adapter takes base shares in [0, 1) separated by commas, e.g. 0,0.5; '{part}' is not one.");
            if (!shares.Contains(share)) shares.Add(share);
        }
        return (shares, null);
    }

    /// <summary>The arguments of a parse without errors.</summary>
    public EvalArguments ReadArguments(ParseResult parse)
    {
        var strategies = parse.GetValue(Strategies) ?? EvalStrategies.Default;
        return new EvalArguments(parse.GetValue(Dataset), parse.GetValue(Workspace), strategies.Strategies, parse.GetValue(KValues) ?? [0, 1, 3, 5],
            parse.GetValue(Folds), parse.GetValue(Protocols)?.Protocols ?? [EvaluationProtocol.NewUser], parse.GetValue(Json), parse.GetValue(Seed),
            parse.GetValue(PopularityHalfLife), parse.GetValue(Factors), parse.GetValue(Regularization), strategies.Auto,
            parse.GetValue(Protocols)?.FreeText ?? false, parse.GetValue(Encoder), parse.GetValue(Adapter));
    }

    private async Task<int> RunAsync(EvalArguments arguments, TextWriter stdout, TextWriter stderr, CancellationToken cancellation)
    {
        if (arguments.FreeText) return await FreeTextEval.RunAsync(arguments, _configuration(), stdout, stderr, cancellation);
        var options = arguments.ToOptions();
        var errors = options.Validate();
        if (errors.Count > 0) return await CommandLine.RefuseAsync(Verb, errors, stderr);
        return await DataVerb.RunAsync(Verb, arguments.Dataset, stderr, async () =>
        {
            await stderr.WriteLineAsync($"Loading {arguments.Source} ...");
            var data = await EvalSource.LoadAsync(arguments, _configuration(), cancellation);
            var report = new Evaluator(options).Run(data, new ProgressBar(stderr), cancellation);
            await stdout.WriteAsync(EvalTable.Format(report));
            if (arguments.JsonPath is { } path)
            {
                await File.WriteAllTextAsync(path, report.ToJson(), cancellation);
                await stderr.WriteLineAsync($"Report written to {Path.GetFullPath(path)}");
            }
        });
    }
}
