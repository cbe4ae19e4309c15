using ColdStart.Engine.Scoring;
using ColdStart.Engine.Text;
using ColdStart.Engine.Training;

namespace ColdStart.Engine.Evaluation;

/// <summary>Settings of an <see cref="Evaluator"/> run.</summary>
/// <remarks>
/// Defaults: new-user protocol, 5 folds, k ∈ {0, 1, 3, 5}, strategy Balanced, 10% of items held out for the new-item
/// protocol, seed 42, 1,000 bootstrap resamples, new-item users reveal their 50 latest training items, default training
/// options, fold encoders of width 64 trained for 3 epochs on a 6,000-word vocabulary, all cores.
/// </remarks>
public sealed record EvaluationOptions
{
    /// <summary>The protocols to run, in report order.</summary>
    public IReadOnlyList<EvaluationProtocol> Protocols { get; init; } = [EvaluationProtocol.NewUser];

    /// <summary>Folds of the new-user protocol (≥ 2).</summary>
    public int Folds { get; init; } = 5;

    /// <summary>Interactions a new test user reveals (each ≥ 0, distinct).</summary>
    public IReadOnlyList<int> KValues { get; init; } = [0, 1, 3, 5];

    /// <summary>Strategies to evaluate besides the <see cref="Baselines"/>; one equal to a baseline preset is reported once, as the baseline.</summary>
    public IReadOnlyList<Strategy> Strategies { get; init; } = [Strategy.Balanced];

    /// <summary>Share of the items with positive interactions held out by the new-item protocol, in (0, 1).</summary>
    public double NewItemShare { get; init; } = 0.1;

    /// <summary>Seed of the fold split, the held-out items, the random baseline and the bootstrap.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Bootstrap resamples per interval (≥ 100).</summary>
    public int BootstrapResamples { get; init; } = 1000;

    /// <summary>How many of its latest training items a new-item test user reveals as seeds (≥ 1).</summary>
    public int NewItemSeeds { get; init; } = 50;

    /// <summary>How each fold's snapshot is trained (ALS, priors, ridge, seed weight).</summary>
    public TrainingOptions Training { get; init; } = TrainingOptions.Default;

    /// <summary>How the per-fold text encoder is trained when the evaluator trains one (see <see cref="FoldTrainer"/>).</summary>
    public EncoderTrainingOptions FoldEncoder { get; init; } = new(Hidden: 64, Epochs: 3, VocabSize: 6000);

    /// <summary>
    /// How each fold tunes on validation users of its own training side (nested): the popularity half-life and neighbour
    /// settings every row then uses, the item-to-item + popularity baseline and, with <see cref="Auto"/>, the Auto
    /// strategy. Null skips tuning: rows then use the training defaults.
    /// </summary>
    public TuningOptions? Tuning { get; init; } = new();

    /// <summary>Also report the Auto strategy, tuned inside each fold.</summary>
    public bool Auto { get; init; }

    /// <summary>Most threads ranking test users at once; -1 for all cores.</summary>
    public int MaxParallelism { get; init; } = -1;

    /// <summary>Problems with these options, one message per bad setting; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (Protocols is null || Protocols.Count == 0) errors.Add("Choose at least one protocol (new-user, new-item).");
        else if (Protocols.Distinct().Count() != Protocols.Count) errors.Add("Each protocol may be listed only once.");
        if (Folds < 2) errors.Add($"Folds must be at least 2 (got {Folds}).");
        if (KValues is null || KValues.Count == 0) errors.Add("Give at least one k (interactions revealed per test user).");
        else
        {
            if (KValues.Any(k => k < 0)) errors.Add($"Every k must be 0 or more (got {string.Join(", ", KValues)}).");
            if (KValues.Distinct().Count() != KValues.Count) errors.Add($"The k values must be distinct (got {string.Join(", ", KValues)}).");
        }
        if (!(NewItemShare > 0 && NewItemShare < 1)) errors.Add($"The held-out item share must be between 0 and 1, exclusive (got {NewItemShare}).");
        if (BootstrapResamples < 100) errors.Add($"Bootstrap resamples must be at least 100 (got {BootstrapResamples}).");
        if (NewItemSeeds < 1) errors.Add($"New-item seeds must be at least 1 (got {NewItemSeeds}).");
        if (MaxParallelism == 0 || MaxParallelism < -1) errors.Add($"Max parallelism must be -1 (all cores) or at least 1 (got {MaxParallelism}).");
        if (Training is null) errors.Add("Training options are required.");
        if (FoldEncoder is null) errors.Add("Fold encoder options are required.");
        ValidateStrategies(errors);
        return errors;
    }

    private void ValidateStrategies(List<string> errors)
    {
        if (Strategies is null)
        {
            errors.Add("Strategies must not be null (use an empty list to report baselines only).");
            return;
        }
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var strategy in Strategies)
        {
            if (string.IsNullOrWhiteSpace(strategy.Name)) { errors.Add("Every strategy needs a name."); continue; }
            if (!names.Add(strategy.Name)) errors.Add($"Strategy '{strategy.Name}' is listed twice.");
            if (string.Equals(strategy.Name, Strategy.AutoName, StringComparison.OrdinalIgnoreCase))
                errors.Add($"Strategy '{strategy.Name}': ask for Auto with the Auto option (it is tuned inside each fold), or rename the strategy.");
            if (!Baselines.IsBaselinePreset(strategy) && Baselines.Names.Contains(strategy.Name, StringComparer.OrdinalIgnoreCase))
                errors.Add($"Strategy '{strategy.Name}' has the name of a baseline; rename it.");
            foreach (var problem in strategy.Weights.Validate()) errors.Add($"Strategy '{strategy.Name}': {problem}");
            if (!(strategy.DiversityLambda >= 0 && strategy.DiversityLambda <= 1))
                errors.Add($"Strategy '{strategy.Name}': diversity λ must be between 0 and 1 (got {strategy.DiversityLambda}).");
        }
    }
}
