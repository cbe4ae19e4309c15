using ColdStart.Data.Import;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Evaluation;
using ColdStart.Engine.World;

namespace ColdStart.Workbench.Cli;

/// <summary>
/// The <c>eval</c> verb: evaluates strategies beside the baselines on a dataset folder (generic CSV, MovieLens 100K or
/// latest) or a generated sample world, with progress on stderr, a results table on stdout and an optional JSON report.
/// Exit codes: 0 done, 1 the data could not be read or evaluated, 2 bad arguments.
/// </summary>
public static class EvalCommand
{
    public const int UsageExitCode = 2;
    public const int FailureExitCode = 1;

    public const string Usage = """
        Usage: eval --dataset <folder|sample|sample-100k> [options]
          --dataset <path>            Generic CSV (items.csv, users.csv, events.csv), MovieLens 100K (u.data ...) or
                                      MovieLens latest (movies.csv, ratings.csv) folder; 'sample' generates the default
                                      sample world, 'sample-100k' one of MovieLens-100K size (1,682 items, 943 users, 100k events).
          --strategies <a,b>          Strategies beside the baselines (default Balanced). Known: Auto (tuned inside each fold
                                      on validation users of the training side only), Balanced, Collaborative only,
                                      Semantic only; or your own as Name=c/s/p/f[/i/l][/λ] (blend weights
                                      collaborative/semantic/popularity/freshness[/item-to-item/lexical], optional MMR λ),
                                      e.g. Mine=0.4/0.2/0.4/0/0.1.
          --k <0,1,3,5>               Interactions revealed per new test user (default 0,1,3,5).
          --folds <5>                 Folds of the new-user protocol, at least 2 (default 5).
          --protocol <new-user>       new-user, new-item, both or free-text (default new-user). free-text ranks the
                                      catalog from what people wrote (searches; MovieLens tags) with TF-IDF and the
                                      encoders (see README, Evaluation); it uses --dataset, --folds, --seed, --json, --encoder.
          --encoder <model.onnx>      free-text only: also rank with this drop-in ONNX sentence model (its vocabulary
                                      is vocab.txt or <name>.vocab.txt beside it).
          --json <file>               Also write the full report as JSON.
          --seed <42>                 Seed of splits, random baseline and bootstrap (default 42).
          --popularity-half-life <d>  Half-life in days of the popularity prior (default 14). One candidate: each fold's
                                      tuning also tries 7, 30, 180 days and all-time on its validation users and keeps
                                      the best for every row of that fold.
          --factors <64>              ALS factors of the fold models (default 64).
          --regularization <0.1>      ALS ridge λ of the fold models (default 0.1).
        """;

    /// <summary>Runs the verb with <paramref name="args"/> (the arguments after <c>eval</c>).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (args is ["--help" or "-h" or "help"])
        {
            stdout.WriteLine(Usage);
            return 0;
        }
        var arguments = EvalArguments.Parse(args, out var errors);
        if (arguments is { FreeText: true }) return FreeTextEval.Run(arguments, stdout, stderr);
        var options = arguments is null ? null : Options(arguments);
        if (options is not null) errors = options.Validate();
        if (arguments is null || options is null || errors.Count > 0)
        {
            foreach (var error in errors) stderr.WriteLine("eval: " + error);
            stderr.WriteLine(Usage);
            return UsageExitCode;
        }
        return Evaluate(arguments, options, stdout, stderr);
    }

    private static int Evaluate(EvalArguments arguments, EvaluationOptions options, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            stderr.WriteLine($"Loading {arguments.Dataset} ...");
            var data = Load(arguments.Dataset);
            var bar = new ProgressBar(stderr);
            var report = new Evaluator(options).Run(data, bar);
            stdout.Write(EvalTable.Format(report));
            if (arguments.JsonPath is { } path)
            {
                File.WriteAllText(path, report.ToJson());
                stderr.WriteLine($"Report written to {Path.GetFullPath(path)}");
            }
            return 0;
        }
        catch (ImportException e)
        {
            stderr.WriteLine($"eval: cannot import '{arguments.Dataset}':");
            stderr.WriteLine(e.Message);
            return FailureExitCode;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"eval: {e.Message}");
            return FailureExitCode;
        }
    }

    internal static EvaluationOptions Options(EvalArguments arguments)
    {
        var defaults = new EvaluationOptions();
        var training = defaults.Training;
        if (arguments.PopularityHalfLifeDays is { } days) training = training with { PopularityHalfLifeDays = days };
        if (arguments.Factors is { } factors) training = training with { Als = training.Als with { Factors = factors } };
        if (arguments.Regularization is { } lambda) training = training with { Als = training.Als with { Regularization = lambda } };
        return defaults with
        {
            Strategies = arguments.Strategies,
            KValues = arguments.KValues,
            Folds = arguments.Folds,
            Protocols = arguments.Protocols,
            Seed = arguments.Seed,
            Training = training,
            Auto = arguments.Auto,
        };
    }

    internal static Dataset Load(string dataset) => dataset switch
    {
        EvalArguments.Sample => SampleWorld.Generate(new SampleWorldOptions()).Dataset,
        EvalArguments.Sample100K => SampleWorld.Generate(new SampleWorldOptions(Items: 1682, Users: 943, TargetEvents: 100_000)).Dataset with { Name = "sample-100k" },
        _ => DatasetImporter.Import(dataset, ImportOptions.Default),
    };
}
