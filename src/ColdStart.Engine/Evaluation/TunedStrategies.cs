using ColdStart.Engine.Scoring;

namespace ColdStart.Engine.Evaluation;

/// <summary>Strategies tuned with the <see cref="Evaluator"/> for cold start, offered beside the workbench presets.</summary>
public static class TunedStrategies
{
    /// <summary>
    /// "Cold-start blend": the collaborative fold-in carried by a strong popularity prior, no freshness, no diversity
    /// re-ranking.
    /// </summary>
    public static Strategy ColdStartBlend { get; } =
        new("Cold-start blend", new BlendWeights(0.3f, 0f, 0.7f, 0f), 0f, [new ExcludeSeenRule()]);
}
