using ColdStart.Engine.Evaluation;
using ColdStart.Engine.Scoring;

namespace ColdStart.Engine.Tests.Evaluation;

public class EvaluationOptionsTests
{
    [Fact]
    public void Defaults_are_the_issue_protocol()
    {
        var options = new EvaluationOptions();
        Assert.Equal([EvaluationProtocol.NewUser], options.Protocols);
        Assert.Equal(5, options.Folds);
        Assert.Equal([0, 1, 3, 5], options.KValues);
        Assert.Equal([Strategy.Balanced], options.Strategies);
        Assert.Equal(0.1, options.NewItemShare);
        Assert.Equal(42, options.Seed);
        Assert.Equal(1000, options.BootstrapResamples);
        Assert.Equal(50, options.NewItemSeeds);
        Assert.Equal(3, options.FoldEncoder.Epochs);
        Assert.Empty(options.Validate());
    }

    [Theory]
    [InlineData("folds", "Folds must be at least 2 (got 1)")]
    [InlineData("negative-k", "Every k must be 0 or more")]
    [InlineData("duplicate-k", "The k values must be distinct")]
    [InlineData("no-k", "Give at least one k")]
    [InlineData("share", "held-out item share must be between 0 and 1")]
    [InlineData("resamples", "Bootstrap resamples must be at least 100")]
    [InlineData("no-protocol", "Choose at least one protocol")]
    [InlineData("twice", "Strategy 'Balanced' is listed twice")]
    [InlineData("baseline-name", "Strategy 'Random' has the name of a baseline")]
    [InlineData("nan-weight", "Strategy 'Odd': Popularity weight must be a finite number")]
    [InlineData("lambda", "Strategy 'Odd': diversity λ must be between 0 and 1")]
    public void Bad_options_are_rejected_by_the_evaluator_with_a_message(string problem, string message)
    {
        var odd = new Strategy("Odd", BlendWeights.Balanced, 0, []);
        var options = problem switch
        {
            "folds" => new EvaluationOptions { Folds = 1 },
            "negative-k" => new EvaluationOptions { KValues = [0, -1] },
            "duplicate-k" => new EvaluationOptions { KValues = [1, 1] },
            "no-k" => new EvaluationOptions { KValues = [] },
            "share" => new EvaluationOptions { NewItemShare = 1 },
            "resamples" => new EvaluationOptions { BootstrapResamples = 10 },
            "no-protocol" => new EvaluationOptions { Protocols = [] },
            "twice" => new EvaluationOptions { Strategies = [Strategy.Balanced, Strategy.Balanced] },
            "baseline-name" => new EvaluationOptions { Strategies = [odd with { Name = "Random" }] },
            "nan-weight" => new EvaluationOptions { Strategies = [odd with { Weights = BlendWeights.Balanced with { Popularity = float.NaN } }] },
            "lambda" => new EvaluationOptions { Strategies = [odd with { DiversityLambda = 1.5f }] },
            _ => throw new ArgumentOutOfRangeException(nameof(problem)),
        };
        var error = Assert.Throws<ArgumentException>(() => new Evaluator(options));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_listed_at_once()
    {
        var errors = new EvaluationOptions { Folds = 0, KValues = [-2], BootstrapResamples = 0 }.Validate();
        Assert.Equal(3, errors.Count);
    }

    [Fact]
    public void Baseline_presets_passed_as_strategies_are_reported_once_as_baselines()
    {
        var evaluator = new Evaluator(new EvaluationOptions { Strategies = [Strategy.Balanced, Strategy.CollaborativeOnly, Strategy.SemanticOnly] });
        Assert.Equal([.. Baselines.Names, "Balanced"], evaluator.RowNames);
    }
}
