using ColdStart.Engine.Profiles;
using ColdStart.Engine.Sensitivity;

namespace ColdStart.Engine.Scoring;

public sealed partial class Scorer
{
    /// <summary>
    /// Blend sensitivity: how the relevance order of <paramref name="profile"/> under <paramref name="strategy"/> moves
    /// as <paramref name="axis"/> goes from 0 to 1, starting from the weights in force (the schedule's step for the
    /// profile's revealed items). Every item's score is taken from two scoring passes of this scorer (t = 0 and t = 1):
    /// the components are standardised independently of the weights, so score(t) = a + b·t exactly, and the rank
    /// changes (top-k intervals, enter and leave weights) are the exact crossings of those lines.
    /// </summary>
    /// <remarks>
    /// Rules (filters, boosts, buries, the persona's budget) and exclude-seen apply as in <see cref="Rank"/>. New items
    /// under a new-item policy keep their own weights, so their scores do not move. Pinned items are left out (their
    /// positions are fixed) and the MMR re-ordering is ignored: the ranks are the relevance order <see cref="Order"/> gives.
    /// </remarks>
    /// <exception cref="ArgumentException">The strategy is invalid or k &lt; 1 (as for <see cref="Rank"/>).</exception>
    public BlendSweep Sweep(Profile profile, Strategy strategy, SweepAxis axis, int k)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentNullException.ThrowIfNull(axis);
        Validate(strategy, k);
        var inForce = strategy.WeightsFor(profile.Interactions);
        var flat = strategy with { Schedule = null };
        var rules = ResolvedRules.Resolve(WithBudget(strategy.Rules, profile), Catalog);
        var excluded = new HashSet<int>(rules.Pins.Select(p => p.Index));
        if (rules.ExcludeSeen) excluded.UnionWith(profile.SeenItems);

        var atZero = Scores(profile, flat with { Weights = axis.At(inForce, 0) }, rules);
        var atOne = Scores(profile, flat with { Weights = axis.At(inForce, 1) }, rules);
        var scoreAtOne = new Dictionary<int, float>(atOne.Length);
        foreach (var (score, index) in atOne) scoreAtOne[index] = score;
        bool policy = strategy.NewItems is not null && Catalog.ColdItems.Length > 0;
        var indices = new List<int>(atZero.Length);
        var a = new List<double>(atZero.Length);
        var b = new List<double>(atZero.Length);
        foreach (var (score, index) in atZero)
        {
            if (excluded.Contains(index)) continue;
            indices.Add(index);
            a.Add(score);
            // A new item is scored with the policy's weights: its score does not depend on t (skip the float noise).
            b.Add(policy && Catalog.Cold[index] ? 0 : scoreAtOne[index] - (double)score);
        }
        return new BlendSweep(axis, k, inForce, [.. indices], [.. a], [.. b], SweepNotes(profile, strategy, rules, policy));
    }

    /// <summary>Every item that passes the rules with its blended score, best first (ties by the scorer's hash).</summary>
    private (float Score, int Index)[] Scores(Profile profile, Strategy strategy, ResolvedRules rules)
    {
        var pass = ScoringPass.Create(Catalog, profile, strategy, rules);
        try
        {
            return pass.Top(Catalog.Count, out _);
        }
        finally
        {
            pass.Release();
        }
    }

    private static List<string> SweepNotes(Profile profile, Strategy strategy, ResolvedRules rules, bool policy)
    {
        var notes = new List<string>();
        if (strategy.Schedule is not null)
            notes.Add($"The weights start from the schedule's step for {profile.Interactions} revealed item(s).");
        if (strategy.DiversityLambda > 0)
            notes.Add($"MMR diversity (λ = {strategy.DiversityLambda:0.##}) is ignored: ranks are the relevance order before MMR re-orders the list.");
        if (rules.Pins.Count > 0)
            notes.Add($"{rules.Pins.Count} pinned item(s) are left out: pins keep their positions whatever the weights.");
        if (policy)
            notes.Add("New items are scored with the new-item policy's own weights: the sweep does not move their scores.");
        return notes;
    }
}
