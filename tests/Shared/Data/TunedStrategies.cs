using ColdStart.Data.Stores;
using ColdStart.Engine.Neighbours;
using ColdStart.Engine.Scoring;

namespace ColdStart.Tests.Shared;

/// <summary>A tuned strategy and its tuning record, as the Auto tuner stores them (the strategy store's and the tuned model's tests).</summary>
internal static class TunedStrategies
{
    /// <summary>A tuned strategy as the tuner returns it: a schedule over the default steps and a new-item policy.</summary>
    public static readonly Strategy Tuned = new(
        TuningRecord.StrategyNameFor("sample"),
        new BlendWeights(0.1f, 0.2f, 0.3f, 0f, 0.4f, 0f),
        0f,
        [new ExcludeSeenRule()],
        new WeightSchedule(
        [
            new WeightStep(0, new BlendWeights(0, 0.2f, 0.8f, 0, 0, 0)),
            new WeightStep(1, new BlendWeights(0.1f, 0.2f, 0.3f, 0f, 0.4f, 0f)),
            new WeightStep(2, new BlendWeights(0.25f, 0.05f, 0.1f, 0f, 0.5f, 0.1f)),
            new WeightStep(4, new BlendWeights(0.3f, 0, 0.05f, 0.05f, 0.6f, 0f)),
        ]),
        new NewItemPolicy(new BlendWeights(0, 1, 0, 0.3f, 0, 0.1f), 2f));

    public static TuningRecord Tuning(string workspace, float halfLife = 180f) => new(
        workspace,
        new DateTime(2026, 12, 7, 12, 0, 0, DateTimeKind.Utc),
        halfLife,
        new NeighbourOptions(100, 0f, Method: NeighbourMethod.Rp3Beta, Alpha: 0.5f, Beta: 0.3f, RecencyDecay: 0.8f),
        42,
        [new TuningStepScore("0", 40, 0.05, 0.06), new TuningStepScore("1", 38, 0.07, 0.11), new TuningStepScore("2–3", 70, 0.08, 0.15), new TuningStepScore("4+", 60, 0.09, 0.2)],
        ["Popularity half-life 180 days.", "Auto weights: …"]);
}
