using ColdStart.Engine.Profiles;
using ColdStart.Engine.Scoring;

namespace ColdStart.Engine.Sensitivity;

/// <summary>Blend sensitivity on the one <see cref="Scorer"/>.</summary>
public static class BlendSensitivity
{
    /// <summary>
    /// How the relevance order of <paramref name="profile"/> under <paramref name="strategy"/> moves as
    /// <paramref name="axis"/> goes from 0 to 1, starting from the weights in force (the schedule's step for the
    /// profile's revealed items). Every item's score is a line a + b·t taken from two scoring passes of
    /// <paramref name="scorer"/> (exact: the components are standardised independently of the weights), so the top-k
    /// intervals and the enter and leave weights are the exact crossings of those lines.
    /// </summary>
    /// <remarks>
    /// Rules (filters, boosts, buries, the persona's budget) and exclude-seen apply as in <see cref="Scorer.Rank"/>.
    /// New items under a new-item policy keep their own weights, so their scores do not move. Pinned items are left out
    /// (their positions are fixed) and the MMR re-ordering is ignored: the ranks are the relevance order
    /// <see cref="Scorer.Order"/> gives.
    /// </remarks>
    /// <exception cref="ArgumentException">The strategy is invalid or k &lt; 1 (as for <see cref="Scorer.Rank"/>).</exception>
    public static BlendSweep Sweep(Scorer scorer, Profile profile, Strategy strategy, SweepAxis axis, int k)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentNullException.ThrowIfNull(axis);
        ArgumentNullException.ThrowIfNull(profile);
        var inForce = strategy.WeightsFor(profile.Interactions);
        var (indices, a, b, notes) = scorer.Lines(profile, strategy, axis.At(inForce, 0), axis.At(inForce, 1), k);
        return new BlendSweep(axis, k, inForce, indices, a, b, notes);
    }
}
