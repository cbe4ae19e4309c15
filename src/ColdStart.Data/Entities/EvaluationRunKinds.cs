namespace ColdStart.Data.Entities;

/// <summary>Values of <see cref="EvaluationRunEntity.Kind"/>: what a lab run ran, and so how its options and report columns read.</summary>
public static class EvaluationRunKinds
{
    /// <summary>An offline evaluation: options are the engine's EvaluationOptions, the report its EvaluationReport (the default; rows older than the column are evaluations).</summary>
    public const string Evaluation = "evaluation";

    /// <summary>Simulated sessions: options are the engine's SimulationSettings, the report its SimulationReport (curves included).</summary>
    public const string Simulation = "simulation";

    public static IReadOnlyList<string> All { get; } = [Evaluation, Simulation];
}
