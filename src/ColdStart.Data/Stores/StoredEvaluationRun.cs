using ColdStart.Engine.Evaluation;

namespace ColdStart.Data.Stores;

/// <summary>A stored evaluation run with its report (null unless the run completed).</summary>
public sealed record StoredEvaluationRun(EvaluationRunSummary Summary, EvaluationReport? Report);
