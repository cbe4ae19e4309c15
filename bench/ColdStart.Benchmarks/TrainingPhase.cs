namespace ColdStart.Benchmarks;

/// <summary>One named phase of a training run and its wall time.</summary>
internal sealed record TrainingPhase(string Name, double Seconds);
