using System.Globalization;
using ColdStart.Engine.Evaluation;
using ColdStart.Engine.Scoring;

namespace ColdStart.Workbench.Lab;

/// <summary>What the strategy lab's form asks for: one evaluation of strategies beside the baselines on a stored workspace.</summary>
/// <param name="Workspace">The stored workspace (dataset) to evaluate.</param>
/// <param name="Protocols">New user, new item, or both.</param>
/// <param name="Strategies">Strategies evaluated beside the always-present baselines.</param>
/// <param name="KValues">Interactions a new test user reveals.</param>
/// <param name="Folds">Folds of the new-user protocol.</param>
/// <param name="PopularityHalfLifeDays">Half-life of the popularity prior of the fold models.</param>
/// <param name="Auto">Also evaluate the Auto strategy, tuned inside each fold on its training users only.</param>
public sealed record LabRunRequest(
    string Workspace,
    IReadOnlyList<EvaluationProtocol> Protocols,
    IReadOnlyList<Strategy> Strategies,
    IReadOnlyList<int> KValues,
    int Folds,
    float PopularityHalfLifeDays,
    bool Auto = false)
{
    /// <summary>The k values the form starts with (those of the engine's defaults).</summary>
    public static IReadOnlyList<int> DefaultKValues { get; } = new EvaluationOptions().KValues;

    /// <summary>The most folds the lab runs (each fold trains a model).</summary>
    public const int MaxFolds = 10;

    /// <summary>The folds the form starts with.</summary>
    public static int DefaultFolds { get; } = new EvaluationOptions().Folds;

    /// <summary>The popularity half-life the form starts with (the training default).</summary>
    public static float DefaultPopularityHalfLifeDays { get; } = new EvaluationOptions().Training.PopularityHalfLifeDays;

    /// <summary>The strategies the run reports beside the baselines, by name ("Auto" when it is asked for).</summary>
    public IReadOnlyList<string> StrategyNames => [.. (Strategies ?? []).Select(s => s.Name), .. Auto ? [Strategy.AutoName] : Array.Empty<string>()];

    /// <summary>Problems that stop this request from running, one message each; empty when it can run.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(Workspace)) errors.Add("Choose a dataset.");
        if ((Strategies is null || Strategies.Count == 0) && !Auto) errors.Add("Choose at least one strategy; the baselines always run beside it.");
        if (!(float.IsFinite(PopularityHalfLifeDays) && PopularityHalfLifeDays > 0))
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"The popularity half-life must be a positive number of days (got {PopularityHalfLifeDays})."));
        if (Folds > MaxFolds) errors.Add($"Folds must be at most {MaxFolds} (got {Folds}).");
        errors.AddRange(ToOptions().Validate());
        return errors;
    }

    /// <summary>The engine's options for this request: its defaults, with the form's choices.</summary>
    public EvaluationOptions ToOptions()
    {
        var defaults = new EvaluationOptions();
        return defaults with
        {
            Protocols = Protocols,
            Strategies = Strategies,
            KValues = KValues,
            Folds = Folds,
            Training = defaults.Training with { PopularityHalfLifeDays = PopularityHalfLifeDays },
            Auto = Auto,
        };
    }
}
