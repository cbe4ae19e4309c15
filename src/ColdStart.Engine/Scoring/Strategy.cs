namespace ColdStart.Engine.Scoring;

/// <summary>A named ranking recipe: blend weights, MMR diversity λ (0 = pure relevance) and rules.</summary>
public sealed record Strategy(string Name, BlendWeights Weights, float DiversityLambda, IReadOnlyList<Rule> Rules)
{
    public static Strategy Balanced { get; } = new("Balanced", BlendWeights.Balanced, 0.2f, [new ExcludeSeenRule()]);
    public static Strategy CollaborativeOnly { get; } = new("Collaborative only", new(1, 0, 0, 0), 0, [new ExcludeSeenRule()]);
    public static Strategy SemanticOnly { get; } = new("Semantic only", new(0, 1, 0, 0), 0, [new ExcludeSeenRule()]);

    /// <summary>The three presets the workbench offers.</summary>
    public static IReadOnlyList<Strategy> Presets { get; } = [Balanced, CollaborativeOnly, SemanticOnly];
}
