using ColdStart.Engine.Neighbours;

namespace ColdStart.Engine.Evaluation;

/// <summary>How <see cref="AutoTuner"/> searches. Everything it measures comes from validation users of the data it is given.</summary>
/// <param name="ValidationShare">Share of the eligible users held out for validation (their interactions leave the inner model).</param>
/// <param name="MaxValidationUsers">At most this many validation users are measured (the inner model still trains without all held-out ones).</param>
/// <param name="RevealCounts">Interactions each validation user reveals; each lands in a step of <see cref="Scoring.WeightSchedule.DefaultSteps"/>.</param>
/// <param name="Seed">Seed of the validation split.</param>
/// <param name="HalfLives">Popularity half-lives (days) to try.</param>
/// <param name="NeighbourGrid">Neighbour-model settings to try.</param>
/// <param name="Candidates">Per component, the best items of each validation user kept as candidates for the weight search.</param>
/// <param name="NewItemShare">Share of the inner items with positives held out to tune the new-item policy; 0 skips that step.</param>
/// <param name="MaxNewUserLoss">The new-item policy may cost new visitors at most this share of validation NDCG@10.</param>
/// <param name="MinValidationUsers">Fewer eligible validation users than this and tuning refuses (one line, previous weights kept).</param>
/// <param name="MinMeasuredUsers">With fewer validation users than this in one split, further disjoint splits (each with its own inner model) are added.</param>
/// <param name="MaxSplits">At most this many validation splits.</param>
/// <param name="AlsGrid">ALS (factors, λ) settings tried beside the training options' own; null means 32 factors with λ 1, 10 and 100.</param>
/// <param name="EaseMaxItems">EASE neighbour settings are tried only when the data has at most this many items with positive interactions (its dense solve grows with the cube).</param>
public sealed record TuningOptions(
    double ValidationShare = 0.2,
    int MaxValidationUsers = 1000,
    IReadOnlyList<int>? RevealCounts = null,
    int Seed = 4242,
    IReadOnlyList<float>? HalfLives = null,
    IReadOnlyList<NeighbourOptions>? NeighbourGrid = null,
    int Candidates = 150,
    double NewItemShare = 0.1,
    double MaxNewUserLoss = 0,
    int MinValidationUsers = 20,
    int MinMeasuredUsers = 400,
    int MaxSplits = 3,
    int EaseMaxItems = 3000,
    IReadOnlyList<(int Factors, float Regularization)>? AlsGrid = null)
{
    public IReadOnlyList<(int Factors, float Regularization)> EffectiveAlsGrid => AlsGrid ?? [(32, 1f), (32, 10f), (32, 100f)];

    public IReadOnlyList<int> EffectiveRevealCounts => RevealCounts ?? [0, 1, 2, 3, 5, 8];

    public IReadOnlyList<float> EffectiveHalfLives => HalfLives ?? [7f, 30f, 180f, 100_000f];

    public IReadOnlyList<NeighbourOptions> EffectiveNeighbourGrid => NeighbourGrid ??
    [
        new(20, 0f), new(100, 20f), new(100, 200f), new(100, 200f, PositivesOnly: false),
        new(50, 0f, Method: NeighbourMethod.Rp3Beta, Alpha: 0.5f, Beta: 0.3f),
        new(100, Method: NeighbourMethod.Ease, Lambda: 200f), new(100, Method: NeighbourMethod.Ease, Lambda: 2000f),
        new(100, Method: NeighbourMethod.Ease, Lambda: 200f, Content: 10f), new(100, Method: NeighbourMethod.Ease, Lambda: 200f, Content: 50f),
    ];
}
