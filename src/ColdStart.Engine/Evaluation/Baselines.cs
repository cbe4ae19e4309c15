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

    /// <summary>TF-IDF content similarity alone: the lexical component (seed items' text and the visitor's words against every item's text).</summary>
    public const string TfIdf = "TF-IDF content";

    /// <summary>The encoder's semantic match alone (the semantic component, no lexical match).</summary>
    public const string Encoder = "Encoder only";

    /// <summary>
    /// All baseline names, in report order: the four above, ALS fold-in alone, the encoder alone, the text side
    /// (semantic + lexical, tuned per fold), TF-IDF content, and the tuned item-to-item + popularity blend.
    /// </summary>
    public static IReadOnlyList<string> Names { get; } =
        [Random, GlobalPopularity, SegmentPopularity, ItemKnn, Strategy.CollaborativeOnly.Name, Encoder, Strategy.SemanticOnly.Name, TfIdf, AutoTuner.ItemToItemPopularityName];

    /// <summary>The semantic-only weights behind <see cref="Encoder"/>.</summary>
    public static Strategy EncoderOnly { get; } = new(Encoder, new BlendWeights(0, 1, 0, 0), 0, [new ExcludeSeenRule()]);

    /// <summary>The lexical-only strategy behind <see cref="TfIdf"/>.</summary>
    public static Strategy TfIdfContent { get; } = new(TfIdf, new BlendWeights(0, 0, 0, 0, 0, 1), 0, [new ExcludeSeenRule()]);

    /// <summary>The item-to-item + popularity blend used when a fold cannot be tuned (equal weights).</summary>
    public static Strategy UntunedItemToItemPopularity { get; } =
        new(AutoTuner.ItemToItemPopularityName, new BlendWeights(0, 0, 0.5f, 0, 0.5f), 0, [new ExcludeSeenRule()]);

    /// <summary>
    /// The Auto strategy used when a fold cannot be tuned: popularity with nothing revealed, then item-to-item, lexical
    /// and collaborative signals taking over as the visitor reveals more. Fixed by hand, not from any evaluation.
    /// </summary>
    public static Strategy UntunedAuto { get; } = new(Strategy.AutoName, new BlendWeights(0.1f, 0, 0.5f, 0, 0.3f, 0.1f), 0, [new ExcludeSeenRule()],
        new WeightSchedule([
            new WeightStep(0, new BlendWeights(0.1f, 0.1f, 0.8f, 0)),
            new WeightStep(1, new BlendWeights(0.1f, 0, 0.5f, 0, 0.3f, 0.1f)),
            new WeightStep(2, new BlendWeights(0.1f, 0, 0.3f, 0, 0.5f, 0.1f)),
            new WeightStep(4, new BlendWeights(0.1f, 0, 0.2f, 0, 0.6f, 0.1f)),
        ]));

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
