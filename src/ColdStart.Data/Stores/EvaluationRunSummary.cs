using ColdStart.Data.Entities;
using ColdStart.Engine.Evaluation;

namespace ColdStart.Data.Stores;

/// <summary>A stored evaluation run without its report: what the runs list shows.</summary>
/// <param name="Id">Row id.</param>
/// <param name="Workspace">Name of the evaluated workspace (dataset).</param>
/// <param name="StartedAt">UTC start time.</param>
/// <param name="FinishedAt">UTC finish time; null while running.</param>
/// <param name="Status">How the run stands or ended.</param>
/// <param name="Options">What was run: protocols, folds, k values, strategies, training settings.</param>
/// <param name="DurationSeconds">Wall-clock seconds from start to finish; null while running.</param>
/// <param name="Error">Why the run failed; null otherwise.</param>
public sealed record EvaluationRunSummary(
    int Id,
    string Workspace,
    DateTime StartedAt,
    DateTime? FinishedAt,
    EvaluationRunStatus Status,
    EvaluationOptions Options,
    double? DurationSeconds,
    string? Error);
