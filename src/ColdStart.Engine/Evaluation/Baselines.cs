using ColdStart.Engine.Scoring;

namespace ColdStart.Engine.Evaluation;

/// <summary>
/// The baselines every evaluation reports beside its strategies, in report order. All but random and item-kNN rank
/// through the same <see cref="Scorer"/> as the strategies.
/// </summary>
public static class Baselines
{
    /// <summary>A seeded uniform shuffle of the rankable items.</summary>
    public const string Random = "Random";

    /// <summary>Popularity-only weights, the profile's segment popularity removed (catalog-wide popularity).</summary>
    public const string GlobalPopularity = "Global popularity";

    /// <summary>Popularity-only weights with the popularity of the profile's attribute segments (global without attributes).</summary>
    public const string SegmentPopularity = "Segment popularity";

    /// <summary>Item-kNN fold-in (<see cref="Evaluation.ItemKnn"/>); with nothing revealed it ranks by global popularity.</summary>
    public const string ItemKnn = "Item-kNN";

    /// <summary>All baseline names, in report order: the four above, then ALS fold-in alone and semantic alone.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [Random, GlobalPopularity, SegmentPopularity, ItemKnn, Strategy.CollaborativeOnly.Name, Strategy.SemanticOnly.Name];

    /// <summary>The popularity-only strategy behind both popularity baselines.</summary>
    public static Strategy PopularityOnly { get; } = new(GlobalPopularity, new BlendWeights(0, 0, 1, 0), 0, [new ExcludeSeenRule()]);

    /// <summary>True when <paramref name="strategy"/> is the ALS-alone or semantic-alone preset (same name, weights and λ), which are baselines already.</summary>
    public static bool IsBaselinePreset(Strategy strategy)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        return Same(strategy, Strategy.CollaborativeOnly) || Same(strategy, Strategy.SemanticOnly);

        static bool Same(Strategy a, Strategy b) =>
            string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase) && a.Weights == b.Weights && a.DiversityLambda == b.DiversityLambda;
    }
}
