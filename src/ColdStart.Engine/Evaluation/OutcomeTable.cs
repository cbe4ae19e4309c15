namespace ColdStart.Engine.Evaluation;

/// <summary>Per (protocol, k) and ranker, the measured cases in a fixed order (fold, then user), ready for the bootstrap.</summary>
internal sealed class OutcomeTable(int rankers)
{
    private readonly Dictionary<(EvaluationProtocol Protocol, int? K), Bucket> _buckets = [];

    public sealed class Bucket(int rankers, int catalogSize, int rankableItems)
    {
        public List<CaseScores>[] Cases { get; } = Enumerable.Range(0, rankers).Select(_ => new List<CaseScores>()).ToArray();

        public int CatalogSize { get; } = catalogSize;

        /// <summary>Per ranker, the per-item AUC of every held-out item that has takers and non-takers (new-item protocol only).</summary>
        public float[][]? ItemAuc { get; set; }

        /// <summary>Items a list could contain (coverage denominator); the largest seen over folds.</summary>
        public int RankableItems { get; set; } = rankableItems;
    }

    public Bucket For(EvaluationProtocol protocol, int? k, int catalogSize, int rankableItems)
    {
        if (!_buckets.TryGetValue((protocol, k), out var bucket)) _buckets[(protocol, k)] = bucket = new Bucket(rankers, catalogSize, rankableItems);
        bucket.RankableItems = Math.Max(bucket.RankableItems, rankableItems);
        return bucket;
    }

    public Bucket? Find(EvaluationProtocol protocol, int? k) => _buckets.GetValueOrDefault((protocol, k));

    /// <summary>Appends one fold's outcomes: <paramref name="outcomes"/>[case][ranker], null where the case was skipped.</summary>
    public void Add(EvaluationProtocol protocol, int? k, int catalogSize, int rankableItems, CaseScores?[][] outcomes)
    {
        var bucket = For(protocol, k, catalogSize, rankableItems);
        foreach (var perRanker in outcomes)
            for (int r = 0; r < perRanker.Length; r++)
                if (perRanker[r] is { } scores) bucket.Cases[r].Add(scores);
    }
}
