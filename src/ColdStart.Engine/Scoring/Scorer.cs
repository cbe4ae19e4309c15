using ColdStart.Engine.Profiles;

namespace ColdStart.Engine.Scoring;

/// <summary>
/// The one ranking path. For every item it blends six standardised components — collaborative (ALS dot product),
/// semantic (encoder cosine), popularity, freshness, item-to-item (neighbour fold-in of the seeds) and lexical (TF-IDF
/// match) — with the strategy's weights (a schedule's step for the visitor's number of revealed items; a new-item
/// policy's weights for items without interactions), applies the rules (filters, tag
/// boosts and buries, pins), re-ranks the best candidates for diversity with MMR (Carbonell &amp; Goldstein 1998) and
/// explains each of the top k. Ties break by a fixed hash of the item index (not by catalog order), so results are deterministic.
/// </summary>
public sealed partial class Scorer
{
    public Scorer(CatalogIndex catalog) => Catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));

    public CatalogIndex Catalog { get; }

    /// <summary>
    /// Ranks the catalog for <paramref name="profile"/> under <paramref name="strategy"/>. With
    /// <paramref name="exploration"/> and a strategy whose <see cref="Strategy.ExplorationShare"/> is above 0, that share
    /// of the k slots goes to new items chosen by Thompson sampling from <paramref name="exploration"/>'s posteriors;
    /// without either, the result is exactly the plain ranking.
    /// </summary>
    /// <exception cref="ArgumentException">NaN or negative weights, a diversity λ outside [0, 1], an exploration share outside [0, 1], or k &lt; 1.</exception>
    public RankResult Rank(Profile profile, Strategy strategy, int k, Exploration? exploration = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(strategy);
        Validate(strategy, k);
        var rules = ResolvedRules.Resolve(WithBudget(strategy.Rules, profile), Catalog);
        var pass = ScoringPass.Create(Catalog, profile, strategy, rules);
        try
        {
            return RankWith(profile, strategy, k, rules, pass, strategy.ExplorationShare > 0 ? exploration : null);
        }
        finally
        {
            pass.Release();
        }
    }

    private RankResult RankWith(Profile profile, Strategy strategy, int k, ResolvedRules rules, ScoringPass pass, Exploration? exploration)
    {
        rules.Warnings.AddRange(pass.Warnings);

        var seen = rules.ExcludeSeen ? new HashSet<int>(profile.SeenItems) : [];
        var pinned = new HashSet<int>(rules.Pins.Select(p => p.Index));
        int pool = strategy.DiversityLambda > 0 ? Math.Max(3 * k, k + 20) : k;
        var candidates = pass.Top(pool + seen.Count + pinned.Count, out int passed);
        var kept = candidates.Where(c => !seen.Contains(c.Index) && !pinned.Contains(c.Index)).Take(pool).ToArray();

        var picked = Diversify(kept, k, strategy.DiversityLambda);
        Dictionary<int, string>? explored = null;
        if (exploration is not null) picked = Explore(picked, k, strategy.ExplorationShare, exploration, pass, rules, seen, pinned, out explored);
        var ranked = PlacePins(picked, rules, k);
        var explainer = new ExplanationBuilder(Catalog, profile, pass, rules);
        var items = new RankedItem[ranked.Count];
        for (int r = 0; r < ranked.Count; r++)
        {
            var (index, penalty, pin) = ranked[r];
            var explanation = explainer.Explain(index, penalty, pin);
            string? why = null;
            bool isExplored = explored is not null && pin is null && explored.TryGetValue(index, out why);
            if (isExplored) explanation = explanation with { RulesFired = [.. explanation.RulesFired, why!] };
            float score = 0;
            foreach (var part in explanation.Parts) score += part.Value;
            items[r] = new RankedItem(r + 1, index, Catalog.Items[index], score, explanation, pin is not null, isExplored);
        }
        return new RankResult(items, rules.Warnings, passed - (rules.ExcludeSeen ? CountPassing(seen, rules) : 0));
    }

    private static IReadOnlyList<Rule> WithBudget(IReadOnlyList<Rule> rules, Profile profile) =>
        profile.BudgetMin is null && profile.BudgetMax is null ? rules : [.. rules, new PriceFilter(profile.BudgetMin, profile.BudgetMax)];

    private static void Validate(Strategy strategy, int k)
    {
        var errors = strategy.Weights.Validate().ToList();
        if (strategy.Schedule is { } schedule) errors.AddRange(schedule.Validate());
        if (strategy.NewItems is { } newItems)
        {
            errors.AddRange(newItems.Weights.Validate().Select(e => "New items: " + e));
            if (!float.IsFinite(newItems.Boost)) errors.Add($"The new-item boost must be a finite number (got {newItems.Boost}).");
        }
        if (!float.IsFinite(strategy.DiversityLambda) || strategy.DiversityLambda < 0 || strategy.DiversityLambda > 1)
            errors.Add($"Diversity λ must be between 0 and 1 (got {strategy.DiversityLambda}).");
        if (k < 1) errors.Add($"k must be at least 1 (got {k}).");
        float share = strategy.ExplorationShare;
        if (!float.IsFinite(share) || share < 0 || share > 1) errors.Add($"The exploration share must be between 0 and 1 (got {share}).");
        if (errors.Count > 0) throw new ArgumentException($"Strategy '{strategy.Name}' is invalid: {string.Join(" ", errors)}");
    }

    private int CountPassing(HashSet<int> seen, ResolvedRules rules)
    {
        int n = 0;
        foreach (int i in seen) if (i >= 0 && i < Catalog.Count && rules.Passes(Catalog, i)) n++;
        return n;
    }

    private static List<(int Index, float Penalty, PinRule? Pin)> PlacePins(IReadOnlyList<(int Index, float Penalty)> picked, ResolvedRules rules, int k)
    {
        var list = picked.Select(p => (p.Index, p.Penalty, (PinRule?)null)).ToList();
        foreach (var (index, position, pin) in rules.Pins.OrderBy(p => p.Position).ThenBy(p => p.Index))
        {
            if (position > k)
            {
                rules.Warnings.Add($"Pin of '{pin.ItemId}' at position {position} is below the top {k} shown.");
                continue;
            }
            list.Insert(Math.Min(position - 1, list.Count), (index, 0f, pin));
        }
        return list.Count > k ? list.GetRange(0, k) : list;
    }
}
