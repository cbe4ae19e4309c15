using ColdStart.Engine.Domain;
using ColdStart.Engine.Evaluation;
using ColdStart.Engine.Neighbours;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Training;
using ColdStart.Engine.World;
using ColdStart.Tests.Shared;

namespace ColdStart.Engine.Tests.Evaluation;

public class AutoTunerTests
{
    private static readonly TrainingOptions Training =
        TrainingOptions.Default with { Als = TrainingOptions.Default.Als with { Factors = 8, Iterations = 4 } };

    private static Dataset World() =>
        SampleWorld.Generate(new SampleWorldOptions(Seed: 7, Items: 300, Users: 500, TargetEvents: 12_000, Days: 60)).Dataset;

    [Fact]
    public void A_signal_planted_only_in_a_folds_test_users_does_not_move_that_folds_tuned_weights()
    {
        var data = World();
        var options = new EvaluationOptions
        {
            Folds = 2, KValues = [0, 1], Strategies = [], Auto = true, BootstrapResamples = 100, Training = Training,
            Tuning = new TuningOptions(NewItemShare: 0, MinValidationUsers: 5),
        };
        var split = NewUserSplit.Create(data, options.Folds, options.Seed);
        var planted = Plant(data, split.Folds[0].TestUsers);
        Assert.Equal(split.EligibleUsers, NewUserSplit.Create(planted, options.Folds, options.Seed).EligibleUsers);

        var trainer = new FoldTrainer(Training, new WordHashEncoder());
        var before = new Evaluator(options, trainer).Run(data);
        var after = new Evaluator(options, trainer).Run(planted);

        // Fold 1 tests the planted users: its tuning saw none of them, so it chose exactly the same.
        Assert.Equal(Tuning(before, 1), Tuning(after, 1));
        Assert.Contains("Auto weights:", Tuning(before, 1));
        // Fold 2 trains on the planted users, so its validation data did change (the test would be vacuous otherwise).
        Assert.NotEqual(Tuning(before, 2), Tuning(after, 2));
    }

    [Fact]
    public void Tuning_a_dataset_with_too_few_users_says_so_in_one_line()
    {
        var data = SampleWorld.Generate(new SampleWorldOptions(Seed: 3, Items: 200, Users: 30, TargetEvents: 600, Days: 30)).Dataset;
        using var encoder = new WordHashEncoder();
        var error = Assert.Throws<TuningException>(() => AutoTuner.Tune(data, encoder, Training));
        Assert.DoesNotContain('\n', error.Message);
        Assert.Contains("previous weights are kept", error.Message);
    }

    [Fact]
    public void The_tuned_auto_strategy_is_a_valid_schedule_over_the_default_steps()
    {
        using var encoder = new WordHashEncoder();
        var result = AutoTuner.Tune(World(), encoder, Training, new TuningOptions(MinValidationUsers: 5));
        Assert.NotNull(result.Auto.Schedule);
        Assert.Equal(WeightSchedule.DefaultSteps, result.Auto.Schedule!.Steps.Select(s => s.FromInteractions));
        Assert.Empty(result.Auto.Schedule.Validate());
        Assert.All(result.Auto.Schedule.Steps, s => Assert.Equal(1f, s.Weights.ToArray().Sum(), 3));
        Assert.Equal(AutoTuner.ItemToItemPopularityName, result.ItemToItemPopularity.Name);
        Assert.All(result.ItemToItemPopularity.Schedule!.Steps, s =>
            Assert.Equal(0f, s.Weights.Collaborative + s.Weights.Semantic + s.Weights.Freshness + s.Weights.Lexical));
        Assert.True(result.ValidationUsers >= 5);
    }

    [Fact]
    public void ALS_factors_and_lambda_come_from_the_grid_and_the_text_row_reads_text_only()
    {
        using var encoder = new WordHashEncoder();
        var grid = new List<(int, float)> { (4, 1f), (4, 50f) };
        var result = AutoTuner.Tune(World(), encoder, Training, new TuningOptions(MinValidationUsers: 5, NewItemShare: 0, AlsGrid: grid));

        var chosen = (result.Training.Als.Factors, result.Training.Als.Regularization);
        Assert.Contains(chosen, grid.Append((Training.Als.Factors, Training.Als.Regularization)));
        Assert.Equal(Training.Als with { Factors = chosen.Item1, Regularization = chosen.Item2 }, result.Training.Als);
        Assert.Contains(result.Notes, n => n.Contains(FormattableString.Invariant($"ALS {chosen.Item1} factors"), StringComparison.Ordinal));
        Assert.Equal(result.Training.Als, result.BaselineTraining.Als);

        var text = Assert.IsType<Strategy>(result.SemanticOnly);
        Assert.Equal(Strategy.SemanticOnly.Name, text.Name);
        Assert.All(text.Schedule!.Steps, s =>
        {
            Assert.Equal(0f, s.Weights.Collaborative + s.Weights.Popularity + s.Weights.Freshness + s.Weights.ItemToItem);
            Assert.Equal(1f, s.Weights.Semantic + s.Weights.Lexical, 3);
        });
    }

    [Fact]
    public void The_item_to_item_baseline_keeps_an_interactions_only_neighbour_model_when_Autos_reads_item_text()
    {
        using var encoder = new WordHashEncoder();
        // Only text-reading EASE settings besides one cosine: whichever Auto gets, the baseline's must be the cosine.
        var grid = new List<NeighbourOptions>
        {
            new(50, 20f),
            new(100, Method: NeighbourMethod.Ease, Lambda: 50f, Content: 10f),
            new(100, Method: NeighbourMethod.Ease, Lambda: 50f, Content: 100f),
        };
        var result = AutoTuner.Tune(World(), encoder, Training, new TuningOptions(MinValidationUsers: 5, NeighbourGrid: grid, NewItemShare: 0));

        Assert.Equal(0f, result.BaselineTraining.Neighbours!.Content);
        Assert.Equal(NeighbourMethod.Cosine, result.BaselineTraining.Neighbours.Method);
        Assert.Equal(result.Training with { Neighbours = result.BaselineTraining.Neighbours }, result.BaselineTraining);
        if (result.Training.Neighbours!.Content > 0)
            Assert.Contains(result.Notes, n => n.StartsWith("Item-to-item + popularity baseline (interactions only)", StringComparison.Ordinal));
        else
            Assert.Equal(result.Training, result.BaselineTraining);
    }

    [Fact]
    public void A_winning_EASE_model_is_refined_within_one_halving_or_doubling_of_the_grids_lambda_and_text_weight()
    {
        using var encoder = new WordHashEncoder();
        // EASE is the only method on offer, so it wins; the refinement may move λ and then w one step each way.
        var grid = new List<NeighbourOptions> { new(100, Method: NeighbourMethod.Ease, Lambda: 50f, Content: 10f) };
        var result = AutoTuner.Tune(World(), encoder, Training, new TuningOptions(MinValidationUsers: 5, NeighbourGrid: grid, NewItemShare: 0));

        var chosen = result.Training.Neighbours!;
        Assert.Equal(NeighbourMethod.Ease, chosen.Method);
        Assert.Contains(chosen.Lambda, (float[])[25f, 50f, 100f]);
        Assert.Contains(chosen.Content, (float[])[5f, 10f, 20f]);
        Assert.Contains(result.Notes, n => n.Contains(FormattableString.Invariant($"EASE, λ {chosen.Lambda:0.#}, item text weight {chosen.Content:0.#}"), StringComparison.Ordinal));
        // No interactions-only setting in the grid: the baseline falls back to one, unrefined.
        Assert.Equal(0f, result.BaselineTraining.Neighbours!.Content);
    }

    /// <summary>What fold <paramref name="fold"/>'s tuning chose (its report notes without timings).</summary>
    private static string Tuning(EvaluationReport report, int fold) => string.Join("\n", report.Notes
        .Where(n => n.StartsWith($"Tuning (New user, fold {fold}/2)", StringComparison.Ordinal) && !n.Contains("Tuned on", StringComparison.Ordinal)));

    /// <summary>Every given user also buys the catalog's least popular item right after its first interaction.</summary>
    private static Dataset Plant(Dataset data, IReadOnlyList<int> users)
    {
        var counts = new int[data.Items.Count];
        foreach (var e in data.Events) if (e.Item >= 0) counts[e.Item]++;
        int target = Array.IndexOf(counts, counts.Min());
        var events = data.Events.ToList();
        foreach (int u in users)
        {
            var first = data.Events.First(e => e.User == u && e.Item >= 0);
            events.Add(new Event(u, target, EventType.Purchase, first.Timestamp + 1));
        }
        return data with { Events = [.. events.OrderBy(e => e.Timestamp)] };
    }
}
