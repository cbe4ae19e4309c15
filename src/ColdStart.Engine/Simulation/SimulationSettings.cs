using ColdStart.Engine.Scoring;

namespace ColdStart.Engine.Simulation;

/// <summary>
/// What a simulation run was asked to do — the arguments of <see cref="SimulationRun.Run"/> besides the data: what the
/// lab stores with a simulation run (its options column) and shows in the runs list.
/// </summary>
/// <param name="Strategies">Strategies simulated (besides Auto).</param>
/// <param name="Auto">Auto was simulated too, tuned on the training side.</param>
/// <param name="Shares">Exploration shares every strategy ran at.</param>
/// <param name="Options">Sessions, steps, list length, seed, adapt.</param>
public sealed record SimulationSettings(IReadOnlyList<Strategy> Strategies, bool Auto, IReadOnlyList<float> Shares, SimulationOptions Options);
