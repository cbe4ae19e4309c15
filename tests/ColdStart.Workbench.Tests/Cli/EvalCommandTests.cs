using ColdStart.Engine.Evaluation;
using ColdStart.Engine.Scoring;
using ColdStart.Workbench.Cli;

namespace ColdStart.Workbench.Tests.Cli;

public sealed class EvalCommandTests
{
    [Theory]
    [InlineData("--dataset sample --bogus 1", "Unknown option '--bogus'.")]
    [InlineData("--dataset sample --k 0,one,3", "--k takes whole numbers separated by commas; 'one' is not one.")]
    [InlineData("--dataset sample --k 1.5", "'1.5' is not one.")]
    [InlineData("--dataset sample --k -1", "--k values must be 0 or more.")]
    [InlineData("--dataset sample --folds 1", "--folds must be at least 2 (got 1).")]
    [InlineData("--dataset sample --folds many", "--folds takes a whole number; 'many' is not one.")]
    [InlineData("--dataset /no/such/folder", "Dataset folder '/no/such/folder' not found.")]
    [InlineData("--k 1", "Missing --dataset")]
    [InlineData("--dataset sample --strategies Balanced,Fancy", "Unknown strategy 'Fancy'; known: Auto, Balanced, Collaborative only, Semantic only (or Name=")]
    [InlineData("--dataset sample --protocol sideways", "--protocol must be new-user, new-item, both or free-text (got 'sideways').")]
    [InlineData("--dataset sample --encoder /no/model.onnx", "--encoder is only used with --protocol free-text.")]
    [InlineData("--dataset sample --protocol free-text --encoder /no/model.onnx", "Encoder '/no/model.onnx' is neither minilm, arctic-xs nor an existing model file.")]
    [InlineData("--dataset sample --json", "Option --json needs a value.")]
    [InlineData("--dataset sample --seed 1 --seed 2", "Option --seed is given twice.")]
    [InlineData("--dataset sample --seed=1 --seed 2", "Option --seed is given twice.")]
    [InlineData("--dataset sample --workspace shop", "Give --dataset or --workspace, not both.")]
    [InlineData("--dataset sample --regularization 0,5", "--regularization must be a positive number (got '0,5').")]
    [InlineData("--dataset sample --popularity-half-life 0", "--popularity-half-life must be a positive number of days (got '0').")]
    [InlineData("--dataset sample extra", "Unexpected argument 'extra'.")]
    [InlineData("--dataset sample --strategies Mine=0.5/0.5", "Strategy 'Mine=0.5/0.5' must read Name=collaborative/semantic/popularity/freshness[/item-to-item/lexical][/diversity]")]
    [InlineData("--dataset sample --strategies Mine=0.5/x/0/0", "must read Name=")]
    [InlineData("--dataset sample --strategies Mine=0.5/-1/0/0", "Strategy 'Mine': Semantic weight must not be negative (got -1).")]
    [InlineData("--dataset sample --factors 0", "--factors must be at least 1 (got 0).")]
    [InlineData("--dataset sample --regularization -2", "--regularization must be a positive number (got '-2').")]
    public async Task Bad_arguments_exit_with_2_and_say_what_is_wrong(string args, string message)
    {
        var (code, stdout, stderr) = await RunAsync(args.Split(' '));
        Assert.Equal(CommandLine.UsageExitCode, code);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.StartsWith("eval: ", stderr, StringComparison.Ordinal);
        Assert.Contains("'eval --help' lists the options", stderr, StringComparison.Ordinal);
        Assert.Empty(stdout);
    }

    [Fact]
    public async Task Every_problem_is_reported_at_once()
    {
        var (_, _, stderr) = await RunAsync(["--folds", "1", "--k", "x", "--what"]);
        Assert.Contains("Missing --dataset", stderr, StringComparison.Ordinal);
        Assert.Contains("--folds must be at least 2", stderr, StringComparison.Ordinal);
        Assert.Contains("'x' is not one", stderr, StringComparison.Ordinal);
        Assert.Contains("Unknown option '--what'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_prints_the_usage_and_succeeds()
    {
        var (code, stdout, _) = await RunAsync(["--help"]);
        Assert.Equal(0, code);
        Assert.Contains("--popularity-half-life", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Arguments_become_evaluation_options()
    {
        var options = CliRun.ParseEval(
            "--dataset=sample", "--strategies", "Balanced,Auto,Mine=0.4/0.2/0.4/0/0.1", "--k", "0,2", "--folds", "3", "--protocol", "both",
            "--seed", "7", "--popularity-half-life", "365", "--factors", "32", "--regularization", "5").ToOptions();
        Assert.Equal(["Balanced", "Mine"], options.Strategies.Select(s => s.Name));
        Assert.True(options.Auto);
        Assert.Equal(new BlendWeights(0.4f, 0.2f, 0.4f, 0f), options.Strategies[1].Weights);
        Assert.Equal(0.1f, options.Strategies[1].DiversityLambda);
        Assert.Equal([0, 2], options.KValues);
        Assert.Equal(3, options.Folds);
        Assert.Equal([EvaluationProtocol.NewUser, EvaluationProtocol.NewItem], options.Protocols);
        Assert.Equal(7, options.Seed);
        Assert.Equal(365f, options.Training.PopularityHalfLifeDays);
        Assert.Equal((32, 5f), (options.Training.Als.Factors, options.Training.Als.Regularization));
    }

    [Fact]
    public async Task A_small_movielens_folder_is_evaluated_into_a_table_and_a_json_report()
    {
        using var folder = PlantedMovieLens.Write();
        string json = Path.Combine(folder.Path, "report.json");
        var (code, stdout, stderr) = await RunAsync(["--dataset", folder.Path, "--folds", "2", "--k", "0,1", "--json", json]);
        Assert.True(code == 0, stderr);
        Assert.Contains("New user, k = 0 revealed", stdout, StringComparison.Ordinal);
        Assert.Contains("New user, k = 1 revealed", stdout, StringComparison.Ordinal);
        Assert.Contains("* Balanced", stdout, StringComparison.Ordinal);
        Assert.Contains("Item-kNN", stdout, StringComparison.Ordinal);
        Assert.Contains("100%", stderr, StringComparison.Ordinal);
        var report = EvaluationReport.FromJson(File.ReadAllText(json));
        Assert.Equal(2 * 10, report.Rows.Count); // 2 k values × (9 baselines + Balanced)
        Assert.Contains(report.Rows, r => r.Strategy == "TF-IDF content" && r.Baseline);
        Assert.Equal(PlantedMovieLens.Movies, report.Items);
    }

    [Fact]
    public async Task Auto_is_tuned_inside_each_fold_and_reported_as_a_strategy_row()
    {
        using var folder = PlantedMovieLens.Write();
        string json = Path.Combine(folder.Path, "auto.json");
        var (code, stdout, stderr) = await RunAsync(["--dataset", folder.Path, "--folds", "2", "--k", "0,1", "--strategies", "Auto", "--json", json]);
        Assert.True(code == 0, stderr);
        Assert.Contains("* Auto", stdout, StringComparison.Ordinal);
        var report = EvaluationReport.FromJson(File.ReadAllText(json));
        Assert.True(report.Options.Auto);
        Assert.Equal(2, report.Rows.Count(r => r.Strategy == "Auto" && !r.Baseline));
        // Each fold either tuned on its own training side or says why it could not (and used the untuned defaults).
        Assert.Contains(report.Notes, n => n.StartsWith("Tuning (New user, fold 1/2)", StringComparison.Ordinal) || n.Contains("not tuned", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unreadable_dataset_exits_with_1_naming_the_file_and_line()
    {
        using var folder = PlantedMovieLens.Write();
        File.AppendAllText(Path.Combine(folder.Path, "ratings.csv"), "1,not-a-movie,4,100\n");
        var (code, _, stderr) = await RunAsync(["--dataset", folder.Path]);
        Assert.Equal(CommandLine.FailureExitCode, code);
        Assert.Contains("ratings.csv", stderr, StringComparison.Ordinal);
    }

    private static Task<(int Code, string Stdout, string Stderr)> RunAsync(string[] args) => CliRun.RunAsync(["eval", .. args]);
}
