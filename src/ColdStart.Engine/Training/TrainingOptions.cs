using ColdStart.Engine.Collaborative;
using ColdStart.Engine.Neighbours;

namespace ColdStart.Engine.Training;

/// <summary>Everything <see cref="SnapshotBuilder"/> needs besides the data and the encoder.</summary>
/// <param name="Als">Weighted ALS settings (factors, regularisation, iterations, α, seed, event weights).</param>
/// <param name="PopularityHalfLifeDays">Half-life of an event's weight in the popularity prior.</param>
/// <param name="FreshnessHalfLifeDays">Half-life of the freshness prior after launch.</param>
/// <param name="AttributeRidge">Ridge λ of the attribute → collaborative map.</param>
/// <param name="TextRidge">Ridge λ of the semantic → collaborative maps (users and cold items).</param>
/// <param name="SeedWeight">Event weight given to a persona's seed click when folding it in.</param>
/// <param name="Neighbours">Settings of the item-to-item neighbour model; null means the defaults.</param>
/// <remarks>Defaults: 64 factors, λ 0.1, 15 iterations; half-lives 14 and 30 days; ridge 10 and 1; seed weight 4 (like an add-to-cart);
/// 50 neighbours with shrink 20 from positive interactions. The Auto tuner chooses the popularity half-life and the neighbour settings per workspace.</remarks>
public sealed record TrainingOptions(
    AlsOptions Als,
    float PopularityHalfLifeDays = 14f,
    float FreshnessHalfLifeDays = 30f,
    float AttributeRidge = 10f,
    float TextRidge = 1f,
    float SeedWeight = 4f,
    NeighbourOptions? Neighbours = null)
{
    /// <summary>The neighbour settings in effect.</summary>
    public NeighbourOptions EffectiveNeighbours => Neighbours ?? new NeighbourOptions();

    public static TrainingOptions Default { get; } = new(new AlsOptions());

    public EventWeights Weights => Als.Weights ?? new EventWeights();
}
