using System.CommandLine;
using ColdStart.Workbench.Cli;

namespace ColdStart.Workbench.Tests.Cli;

/// <summary>Every verb parses the same way: --x=y and --x y, repeats and unknown options refused, invariant numbers, generated help.</summary>
public sealed class VerbParsingTests
{
    public static TheoryData<string> Verbs => new() { TrainCommand.Verb, ImportCommand.Verb, EvalCommand.Verb };

    [Theory]
    [MemberData(nameof(Verbs))]
    public async Task Help_on_each_verb_lists_every_option_and_exits_with_0(string verb)
    {
        var options = OptionsOf(verb);
        Assert.NotEmpty(options);

        var (code, stdout, stderr) = await CliRun.RunAsync([verb, "--help"]);

        Assert.Equal(0, code);
        Assert.Empty(stderr);
        Assert.Contains($"ColdStart.Workbench {verb} [options]", stdout);
        foreach (var option in options) Assert.Contains(option.Name, stdout);
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public async Task An_unknown_option_is_refused_naming_it(string verb)
    {
        var (code, stdout, stderr) = await CliRun.RunAsync([verb, "--dataset", "sample", "--no-such-option=1"]);

        Assert.Equal(CommandLine.UsageExitCode, code);
        Assert.Contains($"{verb}: Unknown option '--no-such-option'.", stderr);
        Assert.Empty(stdout);
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public async Task Every_option_given_twice_is_refused_naming_it(string verb)
    {
        foreach (var option in OptionsOf(verb).Where(o => o.Name != "--help"))
        {
            var (code, stdout, stderr) = await CliRun.RunAsync([verb, $"{option.Name}=a", option.Name, "b"]);

            Assert.Equal(CommandLine.UsageExitCode, code);
            Assert.Contains($"{verb}: Option {option.Name} is given twice.", stderr);
            Assert.Empty(stdout);
        }
    }

    [Fact]
    public void The_equals_form_and_the_spaced_form_give_the_same_arguments()
    {
        string[] spaced = ["--dataset", "sample", "--k", "0,2", "--folds", "3", "--seed", "7", "--regularization", "0.25", "--strategies", "Mine=0.4/0.2/0.4/0/0.1"];
        string[] equals = ["--dataset=sample", "--k=0,2", "--folds=3", "--seed=7", "--regularization=0.25", "--strategies=Mine=0.4/0.2/0.4/0/0.1"];

        var a = CliRun.ParseEval(spaced);
        var b = CliRun.ParseEval(equals);

        Assert.Equal((a.Dataset, a.Folds, a.Seed, a.Regularization), (b.Dataset, b.Folds, b.Seed, b.Regularization));
        Assert.Equal(a.KValues, b.KValues);
        Assert.Equal(a.Strategies.Single().Weights, b.Strategies.Single().Weights);
        Assert.Equal(("sample", 3, 7, 0.25f), (b.Dataset, b.Folds, b.Seed, b.Regularization));
    }

    [Fact]
    public void Train_and_import_read_both_forms_too()
    {
        var train = CommandLine.Parse(["train", "--epochs=3", "--out", "models/x", "--seed=9"]);
        var trainCommand = (TrainCommand)train.CommandResult.Command;
        Assert.Empty(train.Errors);
        Assert.Equal((3, "models/x", 9), (train.GetValue(trainCommand.Epochs), train.GetValue(trainCommand.Out), train.GetValue(trainCommand.Seed)));

        var import = CommandLine.Parse(["import", "--dataset=data/ml", "--strong-rating", "3.5"]);
        var importCommand = (ImportCommand)import.CommandResult.Command;
        Assert.Empty(import.Errors);
        Assert.Equal(("data/ml", 3.5f), (import.GetValue(importCommand.Dataset), import.GetValue(importCommand.StrongRating)));
    }

    [Fact]
    public async Task Numbers_are_read_in_the_invariant_culture_under_a_comma_decimal_culture()
    {
        var (before, beforeUi) = (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture);
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("de-DE");
            var arguments = CliRun.ParseEval("--dataset", "sample", "--regularization", "0.5", "--popularity-half-life=7.5", "--strategies", "Mine=0.4/0.2/0.4/0/0.1");
            Assert.Equal((0.5f, 7.5f), (arguments.Regularization, arguments.PopularityHalfLifeDays));
            Assert.Equal((0.4f, 0.2f, 0.1f), (arguments.Strategies[0].Weights.Collaborative, arguments.Strategies[0].Weights.Semantic, arguments.Strategies[0].DiversityLambda));
        }
        finally
        {
            (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture) = (before, beforeUi);
        }

        var (code, stdout, stderr) = await CliRun.RunInCultureAsync("de-DE", ["eval", "--dataset", "sample", "--regularization", "0,5", "--bogus"]);
        Assert.Equal(CommandLine.UsageExitCode, code);
        Assert.Contains("eval: --regularization must be a positive number (got '0,5').", stderr);
        Assert.Contains("eval: Unknown option '--bogus'.", stderr); // our words, not the library's German ones
        Assert.Empty(stdout);
    }

    [Fact]
    public void Serve_is_the_default_and_hands_host_settings_to_the_host()
    {
        var parse = CommandLine.Parse(["--urls", "http://localhost:5123", "--Data:DatabasePath=/tmp/x.db"]);

        Assert.IsType<ServeCommand>(parse.CommandResult.Command);
        Assert.Empty(parse.Errors);
        Assert.Equal(["--urls", "http://localhost:5123", "--Data:DatabasePath=/tmp/x.db"], parse.UnmatchedTokens);
        Assert.IsType<ServeCommand>(CommandLine.Parse([]).CommandResult.Command);
    }

    private static IReadOnlyList<Option> OptionsOf(string verb)
    {
        var command = CommandLine.Parse([verb]).CommandResult.Command;
        Assert.Equal(verb, command.Name);
        return [.. command.Options];
    }
}
