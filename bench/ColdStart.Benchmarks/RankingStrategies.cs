using ColdStart.Engine.Scoring;

namespace ColdStart.Benchmarks;

/// <summary>The strategies the ranking benchmarks run: the app's blend without and with MMR, and collaborative only.</summary>
internal static class RankingStrategies
{
    /// <summary>Top k of every ranking benchmark.</summary>
    public const int K = 50;

    /// <summary>Balanced weights (all four components), already-seen excluded, no diversity re-ranking: one pass plus top k.</summary>
    public static Strategy Blend { get; } = new("Blend", BlendWeights.Balanced, 0, [new ExcludeSeenRule()]);

    /// <summary>Collaborative weight 1, the others 0: only the collaborative block is read.</summary>
    public static Strategy CollaborativeOnly => Strategy.CollaborativeOnly;

    /// <summary>
    /// An Auto-like strategy: all six components (item-to-item and lexical computed per query over the whole catalog),
    /// a new-item policy for the 5 % new items, no diversity re-ranking.
    /// </summary>
    public static Strategy AllComponents { get; } = new("All components", new BlendWeights(0.2f, 0.1f, 0.3f, 0.05f, 0.25f, 0.1f), 0,
        [new ExcludeSeenRule()], NewItems: new NewItemPolicy(new BlendWeights(0.3f, 0.3f, 0, 0.1f, 0, 0.3f), 0.5f));

    /// <summary>The workbench's default preset: the blend plus MMR diversity (λ 0.2) over the best 150 candidates.</summary>
    public static Strategy Balanced => Strategy.Balanced;
}
