namespace ColdStart.Engine.Evaluation;

/// <summary>
/// Names of the metrics in an <see cref="EvaluationRow"/>, in report order. Accuracy metrics use binary relevance
/// (<see cref="Metrics"/>); lists are <see cref="ListLength"/> long and cut at <see cref="Cutoff"/> where the name says so.
/// </summary>
public static class MetricNames
{
    /// <summary>Length of every ranked list an evaluation asks for.</summary>
    public const int ListLength = 20;

    /// <summary>Cut-off of the top-of-list metrics (what a shopper sees first).</summary>
    public const int Cutoff = 10;

    public const string Ndcg = "NDCG@10";
    public const string Recall = "Recall@20";
    public const string HitRate = "HitRate@10";

    /// <summary>Mean reciprocal rank of the first relevant item within the top <see cref="ListLength"/>.</summary>
    public const string Mrr = "MRR";

    /// <summary>Share of the rankable items shown in at least one top-10 list; a set property, reported without an interval.</summary>
    public const string Coverage = "Coverage@10";

    /// <summary>Intra-list diversity of the top 10: mean 1 − semantic cosine over pairs.</summary>
    public const string Diversity = "Diversity@10";

    /// <summary>Mean self-information −log2 p(i) of the top 10, p from training interaction counts.</summary>
    public const string Novelty = "Novelty@10";

    /// <summary>Share of the top 20 that are new items (no interaction in the fold's training data).</summary>
    public const string NewItems = "New@20";

    /// <summary>
    /// New-item protocol only: per held-out item, the probability that a user who took it places it higher among the new
    /// items of its full ranking (by percentile) than a user who did not (Mann–Whitney; random = 0.5), averaged over the
    /// held-out items.
    /// </summary>
    public const string ItemAuc = "Item AUC";

    /// <summary>All metric names, in report order. <see cref="ItemAuc"/> is present in new-item rows only.</summary>
    public static IReadOnlyList<string> All { get; } = [Ndcg, Recall, HitRate, Mrr, Coverage, Diversity, Novelty, NewItems, ItemAuc];
}
