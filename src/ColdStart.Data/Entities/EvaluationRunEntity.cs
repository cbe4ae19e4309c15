namespace ColdStart.Data.Entities;

/// <summary>One offline evaluation run of the strategy lab: what was asked, how it ended, and the report when it completed.</summary>
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

    /// <summary>The engine's EvaluationOptions as JSON (protocols, folds, k values, strategies, training settings).</summary>
    public string OptionsJson { get; set; } = "{}";

    /// <summary>The engine's EvaluationReport as JSON (its own ToJson); set only together with <see cref="EvaluationRunStatus.Completed"/>.</summary>
    public string? ReportJson { get; set; }

    /// <summary>Why the run failed; null otherwise.</summary>
    public string? Error { get; set; }

    /// <summary>Wall-clock seconds from start to finish; null while running.</summary>
    public double? DurationSeconds { get; set; }
}
