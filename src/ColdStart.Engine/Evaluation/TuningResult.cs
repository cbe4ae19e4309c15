using ColdStart.Engine.Scoring;
using ColdStart.Engine.Training;

namespace ColdStart.Engine.Evaluation;

/// <summary>What <see cref="AutoTuner"/> chose, and what it measured on its validation users.</summary>
/// <param name="Training">The training options with the chosen popularity half-life and neighbour settings.</param>
/// <param name="Auto">The Auto strategy: a weight schedule over revealed interactions and a new-item policy.</param>
/// <param name="ItemToItemPopularity">The tuned item-to-item + popularity baseline (same search, two components).</param>
/// <param name="ValidationUsers">Validation users measured.</param>
/// <param name="ValidationNdcg">Per schedule step, validation NDCG@10 of popularity alone and of Auto.</param>
/// <param name="Notes">What was chosen, in plain words.</param>
public sealed record TuningResult(
    TrainingOptions Training,
    Strategy Auto,
    Strategy ItemToItemPopularity,
    int ValidationUsers,
    IReadOnlyList<(string Step, int Cases, double Popularity, double Auto)> ValidationNdcg,
    IReadOnlyList<string> Notes)
{
    /// <summary>
    /// The training options of the Item-to-item + popularity baseline: <see cref="Training"/> with the best neighbour
    /// settings that use interactions only, so that baseline stays collaborative when Auto's neighbours read item text.
    /// </summary>
    public TrainingOptions BaselineTraining { get; init; } = Training;

    /// <summary>
    /// The tuned text-side baseline ("Semantic only"): the semantic and lexical weights per schedule step, searched from
    /// the preset's equal weights the same way as the other tuned rows; null from tuners that did not tune it.
    /// </summary>
    public Strategy? SemanticOnly { get; init; }
}
