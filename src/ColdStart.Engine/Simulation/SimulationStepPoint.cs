using ColdStart.Engine.Evaluation;

namespace ColdStart.Engine.Simulation;

/// <summary>One point of a row's curves: means over the sessions at step <paramref name="Step"/>, with 95 % bootstrap intervals.</summary>
/// <param name="Step">1-based step.</param>
/// <param name="Clicks">Share of sessions that clicked at this step.</param>
/// <param name="Purchases">Share of sessions that bought at this step.</param>
/// <param name="CumulativeReward">Reward earned up to and including this step.</param>
/// <param name="NewExposureShare">Share of this step's shown slots that went to new items.</param>
/// <param name="NewClickShare">Share of this step's clicks that went to new items (0 when nobody clicked).</param>
public sealed record SimulationStepPoint(int Step, BootstrapInterval Clicks, BootstrapInterval Purchases, BootstrapInterval CumulativeReward, double NewExposureShare,
    double NewClickShare = 0);
