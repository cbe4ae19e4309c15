using ColdStart.Data.Stores;
using ColdStart.Engine.Training;

namespace ColdStart.Workbench.Modeling;

/// <summary>
/// The training options of a workspace's live model: the defaults, with the popularity half-life, neighbour and ALS settings
/// that tuning the workspace's Auto strategy chose (the <see cref="TuningRecord"/> stored with "Auto · workspace"), when
/// it was tuned.
/// </summary>
public static class TunedTraining
{
    /// <summary>The options every live model starts from, and tuning trains with.</summary>
    public static TrainingOptions Base => TrainingOptions.Default;

    /// <summary>
    /// <see cref="Base"/> with the settings of <paramref name="record"/>; <see cref="Base"/> when there is none or its
    /// settings are not usable (then <paramref name="problem"/> says why).
    /// </summary>
    public static TrainingOptions With(TuningRecord? record, out string? problem)
    {
        problem = null;
        if (record is null) return Base;
        var errors = record.Neighbours?.Validate() ?? ["The neighbour settings are missing."];
        if (!(float.IsFinite(record.PopularityHalfLifeDays) && record.PopularityHalfLifeDays > 0))
            errors = [.. errors, $"The popularity half-life must be a positive number of days (got {record.PopularityHalfLifeDays})."];
        var als = Base.Als with
        {
            Factors = record.AlsFactors ?? Base.Als.Factors,
            Regularization = record.AlsRegularization ?? Base.Als.Regularization,
        };
        try
        {
            als.Validate();
        }
        catch (ArgumentException ex)
        {
            errors = [.. errors, ex.Message];
        }
        if (errors.Count > 0)
        {
            problem = string.Join(" ", errors);
            return Base;
        }
        return Base with { PopularityHalfLifeDays = record.PopularityHalfLifeDays, Neighbours = record.Neighbours, Als = als };
    }

    /// <summary>
    /// The options for <paramref name="workspace"/>'s live model: tuned when "Auto · workspace" is stored with a usable
    /// record, else <see cref="Base"/>. A record that cannot be read is logged and ignored (the model still builds).
    /// </summary>
    public static async Task<TrainingOptions> ForAsync(StrategyStore? strategies, string workspace, ILogger logger, CancellationToken ct)
    {
        if (strategies is null) return Base;
        TuningRecord? record;
        try
        {
            record = await strategies.FindTuningAsync(workspace, ct);
        }
        catch (InvalidDataException ex)
        {
            logger.LogWarning(ex, "The tuning record of workspace {Workspace} cannot be read; its model uses the default settings", workspace);
            return Base;
        }
        var options = With(record, out var problem);
        if (problem is not null)
            logger.LogWarning("The tuning record of workspace {Workspace} is not usable ({Problem}); its model uses the default settings", workspace, problem);
        return options;
    }
}
