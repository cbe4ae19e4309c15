using ColdStart.Engine.Collaborative;
using ColdStart.Engine.Training;

namespace ColdStart.Engine.Evaluation;

/// <summary>What the rankers and metrics of one fold share: the snapshot and the fold's training statistics.</summary>
internal sealed class FoldContext
{
    public FoldContext(ModelSnapshot snapshot, InteractionMatrix training, TuningResult? tuning = null)
    {
        Snapshot = snapshot;
        Tuning = tuning;
        Knn = new ItemKnn(training);
        var counts = new int[training.Items];
        for (int i = 0; i < counts.Length; i++) counts[i] = training.UsersOf(i).Length;
        NoveltyShares = Metrics.PopularityShares(counts);
        var popularity = snapshot.Catalog.Popularity;
        var order = new int[popularity.Length];
        for (int i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (a, b) => popularity[a] != popularity[b] ? popularity[b].CompareTo(popularity[a]) : Scoring.TopK.TieKey(a).CompareTo(Scoring.TopK.TieKey(b)));
        PopularityOrder = order;
    }

    public ModelSnapshot Snapshot { get; }

    /// <summary>
    /// The snapshot of the Item-to-item + popularity baseline: <see cref="Snapshot"/> unless the tuned neighbour model
    /// reads item text, then the same snapshot with the best interactions-only neighbours (<see cref="TuningResult.BaselineTraining"/>).
    /// </summary>
    public ModelSnapshot BaselineSnapshot { get => field ?? Snapshot; init; }

    /// <summary>What this fold's tuning chose on validation users of its training side, or null (not tuned).</summary>
    public TuningResult? Tuning { get; }

    public ItemKnn Knn { get; }

    /// <summary>Items ranked by the snapshot's (decayed) popularity, most popular first; item-kNN's fallback.</summary>
    public int[] PopularityOrder { get; }

    /// <summary>Add-one smoothed shares of training users per item, for novelty.</summary>
    public float[] NoveltyShares { get; }
}
