using ColdStart.Engine.Evaluation;

namespace ColdStart.Workbench.Lab;

/// <summary>One strategy's (or baseline's) metric against k under the new-user protocol: the cold-start curve.</summary>
/// <param name="Strategy">Strategy or baseline name.</param>
/// <param name="Baseline">True for a baseline.</param>
/// <param name="K">Revealed interactions, ascending.</param>
/// <param name="Points">The metric's mean and 95% interval at each k.</param>
public sealed record ColdStartCurve(string Strategy, bool Baseline, IReadOnlyList<int> K, IReadOnlyList<BootstrapInterval> Points);
