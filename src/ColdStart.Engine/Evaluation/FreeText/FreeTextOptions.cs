namespace ColdStart.Engine.Evaluation.FreeText;

/// <summary>Settings of a <see cref="FreeTextEvaluator"/> run.</summary>
/// <remarks>Defaults: 5 folds (used only when a row needs a model per fold), seed 42, 1,000 bootstrap resamples, all cores.</remarks>
public sealed record FreeTextOptions
{
    /// <summary>Folds of the people with a case (≥ 2); each fold's model is trained without them.</summary>
    public int Folds { get; init; } = 5;

    /// <summary>Seed of the folds, the tie-breaks and the bootstrap.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Bootstrap resamples per interval (≥ 100).</summary>
    public int BootstrapResamples { get; init; } = 1000;

    /// <summary>Most threads ranking cases at once; -1 for all cores.</summary>
    public int MaxParallelism { get; init; } = -1;

    /// <summary>Problems with these options, one message per bad setting; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (Folds < 2) errors.Add($"Folds must be at least 2 (got {Folds}).");
        if (BootstrapResamples < 100) errors.Add($"Bootstrap resamples must be at least 100 (got {BootstrapResamples}).");
        if (MaxParallelism == 0 || MaxParallelism < -1) errors.Add($"Max parallelism must be -1 (all cores) or at least 1 (got {MaxParallelism}).");
        return errors;
    }
}
