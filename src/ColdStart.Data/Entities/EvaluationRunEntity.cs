namespace ColdStart.Data.Entities;

/// <summary>One run of the strategy lab (an offline evaluation or a simulation, see <see cref="Kind"/>): what was asked, how it ended, and the report when it completed.</summary>
public sealed class EvaluationRunEntity
{
    public int Id { get; set; }
    public int WorkspaceId { get; set; }
    public WorkspaceEntity? Workspace { get; set; }

    /// <summary>UTC time the run started.</summary>
    public DateTime StartedAt { get; set; }

    /// <summary>UTC time the run completed, failed or was cancelled; null while running.</summary>
    public DateTime? FinishedAt { get; set; }

    public EvaluationRunStatus Status { get; set; }

    /// <summary>What the run ran (<see cref="EvaluationRunKinds"/>), which says how <see cref="OptionsJson"/> and <see cref="ReportJson"/> read.</summary>
    public string Kind { get; set; } = EvaluationRunKinds.Evaluation;

    /// <summary>What was asked, as JSON: the engine's EvaluationOptions (protocols, folds, k values, strategies, training settings) for an evaluation, its SimulationSettings for a simulation.</summary>
    public string OptionsJson { get; set; } = "{}";

    /// <summary>The engine's EvaluationReport or SimulationReport as JSON (its own ToJson); set only together with <see cref="EvaluationRunStatus.Completed"/>.</summary>
    public string? ReportJson { get; set; }

    /// <summary>Why the run failed; null otherwise.</summary>
    public string? Error { get; set; }

    /// <summary>Wall-clock seconds from start to finish; null while running.</summary>
    public double? DurationSeconds { get; set; }
}
