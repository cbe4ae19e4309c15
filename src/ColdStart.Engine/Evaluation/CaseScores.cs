using ColdStart.Engine.Similarity;

namespace ColdStart.Engine.Evaluation;

/// <summary>The per-user metric values of one ranked list, and its top 10 for coverage.</summary>
internal sealed record CaseScores(float Ndcg, float Recall, float HitRate, float ReciprocalRank, float Diversity, float Novelty, int[] Top, float NewShare = 0)
{
    /// <summary>Measures <paramref name="ranked"/> (best first, at most <see cref="MetricNames.ListLength"/>) against the case's hidden items.</summary>
    public static CaseScores Measure(int[] ranked, EvaluationCase testCase, FoldContext fold)
    {
        var relevant = testCase.Relevant;
        var top = ranked.Length > MetricNames.Cutoff ? ranked[..MetricNames.Cutoff] : ranked;
        var semantic = fold.Snapshot.Catalog.Semantic;
        return new CaseScores(
            Metrics.NdcgAt(ranked, relevant, MetricNames.Cutoff),
            Metrics.RecallAt(ranked, relevant, MetricNames.ListLength),
            Metrics.HitRateAt(ranked, relevant, MetricNames.Cutoff),
            Metrics.ReciprocalRank(ranked, relevant),
            Metrics.IntraListDiversity(top, semantic.Cosine),
            Metrics.Novelty(top, fold.NoveltyShares),
            top,
            ShareNew(ranked, fold.Snapshot.Catalog.Cold));
    }

    private static float ShareNew(int[] ranked, bool[] cold)
    {
        if (ranked.Length == 0) return 0;
        int count = 0;
        foreach (int i in ranked) if (cold[i]) count++;
        return (float)count / ranked.Length;
    }

    /// <summary>The value of a per-user metric by name (<see cref="MetricNames"/>; not coverage).</summary>
    public float Value(string metric) => metric switch
    {
        MetricNames.Ndcg => Ndcg,
        MetricNames.Recall => Recall,
        MetricNames.HitRate => HitRate,
        MetricNames.Mrr => ReciprocalRank,
        MetricNames.Diversity => Diversity,
        MetricNames.Novelty => Novelty,
        MetricNames.NewItems => NewShare,
        _ => throw new ArgumentException($"'{metric}' is not a per-user metric.", nameof(metric)),
    };
}
