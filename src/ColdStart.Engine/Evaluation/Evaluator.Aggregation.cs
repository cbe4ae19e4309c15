using ColdStart.Engine.Domain;

namespace ColdStart.Engine.Evaluation;

public sealed partial class Evaluator
{
    /// <summary>One row per (protocol, k, ranker) with measured cases: per-user means with percentile bootstrap intervals.</summary>
    private List<EvaluationRow> Aggregate(OutcomeTable outcomes, CancellationToken ct)
    {
        var slots = new List<(EvaluationProtocol Protocol, int? K, int Ranker, OutcomeTable.Bucket Bucket)>();
        foreach (var protocol in Options.Protocols)
        {
            IEnumerable<int?> ks = protocol == EvaluationProtocol.NewUser ? Options.KValues.Order().Select(k => (int?)k) : [null];
            foreach (var k in ks)
            {
                if (outcomes.Find(protocol, k) is not { } bucket) continue;
                for (int r = 0; r < _rankers.Length; r++)
                    if (bucket.Cases[r].Count > 0) slots.Add((protocol, k, r, bucket));
            }
        }
        var rows = new EvaluationRow[slots.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Options.MaxParallelism, CancellationToken = ct };
        Parallel.For(0, slots.Count, parallel, s =>
        {
            var (protocol, k, r, bucket) = slots[s];
            var cases = bucket.Cases[r];
            rows[s] = new EvaluationRow(_rankers[r].Name, _rankers[r].Baseline, protocol, k, cases.Count, Intervals(cases, bucket, bucket.ItemAuc?[r]));
        });
        return [.. rows];
    }

    private Dictionary<string, BootstrapInterval> Intervals(List<CaseScores> cases, OutcomeTable.Bucket bucket, float[]? itemAuc)
    {
        var metrics = new Dictionary<string, BootstrapInterval>(StringComparer.Ordinal);
        var values = new float[cases.Count];
        foreach (var metric in MetricNames.All)
        {
            if (metric == MetricNames.ItemAuc)
            {
                // An item-level metric: its interval resamples the held-out items, not the users.
                if (itemAuc is { Length: > 0 })
                    metrics[metric] = BootstrapInterval.Compute(itemAuc, Options.BootstrapResamples, 0.95, Options.Seed);
                continue;
            }
            if (metric == MetricNames.Coverage)
            {
                // Share of the rankable items (the whole catalog, or the held-out items) shown at least once.
                double shown = Metrics.CatalogCoverage(cases.Select(c => c.Top), bucket.CatalogSize) * bucket.CatalogSize;
                double coverage = shown / Math.Max(1, bucket.RankableItems);
                metrics[metric] = new BootstrapInterval(coverage, coverage, coverage);
                continue;
            }
            for (int i = 0; i < values.Length; i++) values[i] = cases[i].Value(metric);
            metrics[metric] = BootstrapInterval.Compute(values, Options.BootstrapResamples, 0.95, Options.Seed);
        }
        return metrics;
    }

    private List<string> Notes(Dataset data, OutcomeTable outcomes)
    {
        var notes = new List<string>
        {
            "Random and Item-kNN rank outside the Scorer; every other row ranks through the snapshot's Scorer with an exclude-seen rule.",
            "Item-kNN scores items by summed cosine to the revealed items and fills unscored places by global popularity, so at k = 0 it is global popularity.",
            $"{MetricNames.Coverage} is a property of the whole set of lists and is reported without an interval (a user bootstrap would understate it).",
            "Intervals are 95% percentile bootstraps over test users, with the same resamples for every row of a (protocol, k).",
        };
        if (data.Users.All(u => u.Attributes.Count == 0))
            notes.Add("The dataset has no user attributes: at k = 0 profiles are empty, segment popularity equals global popularity, " +
                "blends rank by popularity and freshness, and Collaborative only and Semantic only have no signal (their lists are catalog order).");
        if (Options.Protocols.Contains(EvaluationProtocol.NewItem))
            notes.Add($"New item: every item the test user has not interacted with in training is ranked, established items included; a test user reveals its attributes, latest {Options.NewItemSeeds} training items and latest {UserHistory.MaxQueries} searches; relevant = the held-out (new) items it took. " +
                "Ties break by a hash of the item index (not catalog order). New@20 = share of the top 20 that are new items. " +
                $"{MetricNames.ItemAuc} = for each new item, the chance that a user who took it places it higher among the new items of its full ranking (by percentile) than a user who did not, averaged over the new items (random and popularity = 0.5; interval over items).");
        if (Options.Tuning is not null)
            notes.Add("Tuned inside each fold on validation users drawn from that fold's training side only (nested): the popularity half-life and neighbour settings every row uses, the Item-to-item + popularity weights" +
                (Options.Auto ? " and the Auto strategy (weight schedule and new-item policy)." : "."));
        foreach (var k in Options.KValues.Order())
            if (Options.Protocols.Contains(EvaluationProtocol.NewUser) && outcomes.Find(EvaluationProtocol.NewUser, k) is null)
                notes.Add($"New user, k = {k}: no test user has more than {k} interactions with a positive one left hidden; no rows.");
        return notes;
    }
}
