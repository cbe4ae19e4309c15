using ColdStart.Engine.Evaluation;
using ColdStart.Engine.Simulation;

namespace ColdStart.Data.Stores;

/// <summary>A stored lab run with its report (null unless the run completed): <paramref name="Report"/> for an evaluation, <paramref name="Simulation"/> for a simulation.</summary>
public sealed record StoredEvaluationRun(EvaluationRunSummary Summary, EvaluationReport? Report, SimulationReport? Simulation = null);
