using ColdStart.Engine.Evaluation;
using ColdStart.Engine.Scoring;
using ColdStart.Workbench.Lab;

namespace ColdStart.Workbench.Tests.Lab;

public sealed class LabRunRequestTests
{
    private static readonly LabRunRequest Valid = new("sample", [EvaluationProtocol.NewUser], [Strategy.Balanced], [0, 1, 3, 5], 5, 14f);

    [Fact]
    public void The_form_defaults_are_the_engine_defaults()
    {
        Assert.Equal([0, 1, 3, 5], LabRunRequest.DefaultKValues);
        Assert.Equal(5, LabRunRequest.DefaultFolds);
        Assert.Equal(14f, LabRunRequest.DefaultPopularityHalfLifeDays);
        Assert.Empty(Valid.Validate());
    }

    [Fact]
    public void The_request_becomes_engine_options_with_only_the_chosen_settings_changed()
    {
        var request = Valid with { Protocols = [EvaluationProtocol.NewUser, EvaluationProtocol.NewItem], KValues = [0, 2], Folds = 3, PopularityHalfLifeDays = 100_000f };

        var options = request.ToOptions();

        Assert.Equal([EvaluationProtocol.NewUser, EvaluationProtocol.NewItem], options.Protocols);
        Assert.Equal([0, 2], options.KValues);
        Assert.Equal(3, options.Folds);
        Assert.Equal([Strategy.Balanced], options.Strategies);
        Assert.Equal(100_000f, options.Training.PopularityHalfLifeDays);
        var defaults = new EvaluationOptions();
        Assert.Equal((defaults.Seed, defaults.BootstrapResamples, defaults.Training.Als), (options.Seed, options.BootstrapResamples, options.Training.Als));
    }

    [Theory]
    [InlineData("", "Choose a dataset.")]
    [InlineData("no-strategy", "Choose at least one strategy; the baselines always run beside it.")]
    [InlineData("no-k", "Give at least one k (interactions revealed per test user).")]
    [InlineData("negative-k", "Every k must be 0 or more (got 0, -1).")]
    [InlineData("one-fold", "Folds must be at least 2 (got 1).")]
    [InlineData("zero-half-life", "The popularity half-life must be a positive number of days (got 0).")]
    public void Each_bad_setting_is_named(string problem, string message)
    {
        var request = problem switch
        {
            "" => Valid with { Workspace = " " },
            "no-strategy" => Valid with { Strategies = [] },
            "no-k" => Valid with { KValues = [] },
            "negative-k" => Valid with { KValues = [0, -1] },
            "one-fold" => Valid with { Folds = 1 },
            _ => Valid with { PopularityHalfLifeDays = 0 },
        };

        Assert.Equal([message], request.Validate());
    }

    [Fact]
    public void Auto_alone_is_a_run_and_asks_the_engine_to_tune_it_inside_each_fold()
    {
        var request = Valid with { Strategies = [], Auto = true };

        Assert.Empty(request.Validate());
        Assert.True(request.ToOptions().Auto);
        Assert.False(Valid.ToOptions().Auto);
        Assert.Equal(["Auto"], request.StrategyNames);
        Assert.Equal(["Balanced", "Auto"], (Valid with { Auto = true }).StrategyNames);
    }
}
