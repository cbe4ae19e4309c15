using System.Globalization;

namespace ColdStart.Engine.Scoring;

// Thompson sampling for Bernoulli bandits: Chapelle & Li, "An Empirical Evaluation of Thompson Sampling" (NIPS 2011).
public sealed partial class Scorer
{
    /// <summary>
    /// Gives round(share × k) slots (rounded at random, so the expected share is exact) to new items: among the new items
    /// that pass the rules and are not already listed, seen or pinned, the <see cref="ExplorationOptions.Pool"/> best by
    /// predicted score each draw a click-through from their Beta posterior, and the highest draws take the slots, spread
    /// evenly down the list (a list of 10 with 2 slots shows them 4th and 7th). The exploited items keep their order.
    /// </summary>
    private List<(int Index, float Penalty)> Explore(List<(int Index, float Penalty)> picked, int k, float share, Exploration exploration,
        ScoringPass pass, ResolvedRules rules, HashSet<int> seen, HashSet<int> pinned, out Dictionary<int, string>? explored)
    {
        explored = null;
        var options = exploration.Options ?? ExplorationOptions.Default;
        double exact = share * Math.Min(k, picked.Count);
        int slots = (int)Math.Floor(exact);
        if (exploration.Random.NextDouble() < exact - slots) slots++;
        if (slots == 0 || Catalog.ColdItems.Length == 0) return picked;

        var listed = new HashSet<int>(picked.Select(p => p.Index));
        var candidates = new TopK(options.Pool);
        foreach (int i in Catalog.ColdItems)
        {
            if (listed.Contains(i) || seen.Contains(i) || pinned.Contains(i)) continue;
            if (rules.HasFilters && !rules.Passes(Catalog, i)) continue;
            candidates.Offer(pass.Score(i), i);
        }
        var pool = candidates.Sorted();
        if (pool.Length == 0) return picked;

        float best = pool[0].Score;
        var draws = new (double Theta, int Index, int Impressions, int Clicks)[pool.Length];
        for (int c = 0; c < pool.Length; c++)
        {
            var (score, index) = pool[c];
            double mean = Math.Clamp(options.PriorClickThrough * Math.Exp(score - best), 1e-4, 0.5);
            var (alpha, beta) = exploration.State.Posterior(index, mean, options.PriorStrength);
            var (impressions, clicks) = exploration.State.Counts(index);
            draws[c] = (BetaSampler.Sample(exploration.Random, alpha, beta), index, impressions, clicks);
        }
        Array.Sort(draws, (a, b) => b.Theta != a.Theta ? b.Theta.CompareTo(a.Theta) : a.Index.CompareTo(b.Index));
        slots = Math.Min(slots, draws.Length);

        var list = picked.GetRange(0, Math.Max(0, picked.Count - slots));
        explored = [];
        int total = list.Count + slots;
        for (int j = 0; j < slots; j++)
        {
            var (theta, index, impressions, clicks) = draws[j];
            int position = Math.Min(list.Count, (j + 1) * total / (slots + 1));
            list.Insert(position, (index, 0f));
            explored[index] = string.Create(CultureInfo.InvariantCulture,
                $"Exploration slot (Thompson sampling): new item, {clicks} clicks in {impressions} impressions, sampled click-through {theta:0.000}");
        }
        return list;
    }
}
