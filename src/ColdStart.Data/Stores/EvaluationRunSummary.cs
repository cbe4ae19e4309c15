using ColdStart.Data.Entities;
using ColdStart.Engine.Evaluation;
using ColdStart.Engine.Simulation;

namespace ColdStart.Data.Stores;

/// <summary>A stored lab run (an evaluation or a simulation) without its report: what the runs list shows.</summary>
/// <param name="Id">Row id.</param>
/// <param name="Workspace">Name of the evaluated workspace (dataset).</param>
/// <param name="StartedAt">UTC start time.</param>
/// <param name="FinishedAt">UTC finish time; null while running.</param>
/// <param name="Status">How the run stands or ended.</param>
/// <param name="Options">An evaluation's options (protocols, folds, k values, strategies, training settings); null for a simulation.</param>
/// <param name="DurationSeconds">Wall-clock seconds from start to finish; null while running.</param>
/// <param name="Error">Why the run failed; null otherwise.</param>
/// <param name="Kind">What the run ran: <see cref="EvaluationRunKinds.Evaluation"/> or <see cref="EvaluationRunKinds.Simulation"/>.</param>
/// <param name="Simulation">A simulation's settings (strategies, Auto, exploration shares, sessions, steps, seed, adapt); null for an evaluation.</param>
public sealed record EvaluationRunSummary(
    int Id,
    string Workspace,
    DateTime StartedAt,
    DateTime? FinishedAt,
    EvaluationRunStatus Status,
    EvaluationOptions? Options,
    double? DurationSeconds,
    string? Error,
    string Kind = EvaluationRunKinds.Evaluation,
    SimulationSettings? Simulation = null)
{
    public bool IsSimulation => Kind == EvaluationRunKinds.Simulation;
}
