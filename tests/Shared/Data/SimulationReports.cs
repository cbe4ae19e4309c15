using ColdStart.Engine.Evaluation;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Simulation;

namespace ColdStart.Tests.Shared;

/// <summary>
/// A hand-made simulation: Balanced at exploration 0 and 0.2, 40 sessions × 3 steps, with per-step curves (clicks per
/// step 0.5, 0.4, 0.3 without exploration; new-item exposure 0.01 vs 0.2).
/// </summary>
internal static class SimulationReports
{
    public static SimulationSettings Settings { get; } =
        new([Strategy.Balanced], Auto: false, [0f, 0.2f], new SimulationOptions(Sessions: 40, Steps: 3, Seed: 7, Adapt: false));

    public static SimulationReport Create() => new("tiny", "replay", Settings.Options, 12, 20, 4,
        [Row(0f, 0.01, shift: 0), Row(0.2f, 0.2, shift: 0.05)], TrainingSeconds: 1.5, SimulationSeconds: 0.5);

    private static SimulationRow Row(float share, double newExposure, double shift)
    {
        double[] clicks = [0.5 + shift, 0.4 + shift, 0.3 + shift];
        var curve = clicks.Select((c, i) => new SimulationStepPoint(i + 1, Interval(c), Interval(c / 5), Interval(2 * c * (i + 1)), newExposure, share / 2)).ToList();
        return new SimulationRow(Strategy.Balanced.Name, share, 40, Interval(clicks.Sum()), Interval(0.3 + shift), Interval(2 + shift), Interval(2),
            0.25, Interval(newExposure), Interval(share), share / 2, 0.1 + shift, curve);
    }

    private static BootstrapInterval Interval(double mean) => new(mean, mean - 0.01, mean + 0.01);
}
