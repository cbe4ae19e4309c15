using ColdStart.Engine.Profiles;

namespace ColdStart.Engine.Scoring;

public sealed partial class Scorer
{
    /// <summary>
    /// Every item's blended score as a line a + b·t between the weights <paramref name="atZero"/> (t = 0) and
    /// <paramref name="atOne"/> (t = 1), from two scoring passes of this scorer: the components are standardised
    /// independently of the weights, so the blend is linear in them and the line is exact. Items are those the
    /// relevance order holds (passing the rules, not seen under exclude-seen, not pinned), in the order at t = 0 (ties
    /// by the scorer's hash); <c>Notes</c> says what a sweep leaves out. The blend-sensitivity sweep is built on this.
    /// </summary>
    /// <exception cref="ArgumentException">The strategy is invalid or k &lt; 1 (as for <see cref="Rank"/>).</exception>
    internal (int[] Indices, double[] A, double[] B, List<string> Notes) Lines(Profile profile, Strategy strategy, BlendWeights atZero, BlendWeights atOne, int k)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(strategy);
        Validate(strategy, k);
        var flat = strategy with { Schedule = null };
        var rules = ResolvedRules.Resolve(WithBudget(strategy.Rules, profile), Catalog);
        var excluded = new HashSet<int>(rules.Pins.Select(p => p.Index));
        if (rules.ExcludeSeen) excluded.UnionWith(profile.SeenItems);

        var zero = Scores(profile, flat with { Weights = atZero }, rules);
        var one = Scores(profile, flat with { Weights = atOne }, rules);
        var scoreAtOne = new Dictionary<int, float>(one.Length);
        foreach (var (score, index) in one) scoreAtOne[index] = score;
        bool policy = strategy.NewItems is not null && Catalog.ColdItems.Length > 0;
        var indices = new List<int>(zero.Length);
        var a = new List<double>(zero.Length);
        var b = new List<double>(zero.Length);
        foreach (var (score, index) in zero)
        {
            if (excluded.Contains(index)) continue;
            indices.Add(index);
            a.Add(score);
            // A new item is scored with the policy's weights: its score does not depend on t (skip the float noise).
            b.Add(policy && Catalog.Cold[index] ? 0 : scoreAtOne[index] - (double)score);
        }
        return ([.. indices], [.. a], [.. b], SweepNotes(profile, strategy, rules, policy));
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
