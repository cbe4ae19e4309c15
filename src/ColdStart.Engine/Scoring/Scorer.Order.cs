using ColdStart.Engine.Profiles;

namespace ColdStart.Engine.Scoring;

public sealed partial class Scorer
{
    /// <summary>
    /// Every item that passes the strategy's rules (and is not seen, under an exclude-seen rule), best first by blended
    /// score, ties by the same hash as <see cref="Rank"/>. This is the relevance order <see cref="Rank"/> takes its top
    /// from, before MMR re-orders it and pins are placed; the lab reads an item's position in it (per-item AUC).
    /// </summary>
    /// <exception cref="ArgumentException">The strategy is invalid (as for <see cref="Rank"/>).</exception>
    public int[] Order(Profile profile, Strategy strategy)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(strategy);
        Validate(strategy, 1);
        var rules = ResolvedRules.Resolve(WithBudget(strategy.Rules, profile), Catalog);
        var pass = ScoringPass.Create(Catalog, profile, strategy, rules);
        try
        {
            var seen = rules.ExcludeSeen ? new HashSet<int>(profile.SeenItems) : [];
            var all = pass.Top(Catalog.Count, out _);
            var order = new List<int>(all.Length);
            foreach (var (_, index) in all)
                if (!seen.Contains(index)) order.Add(index);
            return [.. order];
        }
        finally
        {
            pass.Release();
        }
    }
}
