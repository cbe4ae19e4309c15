namespace ColdStart.Engine.Evaluation;

/// <summary>One row of the report: something that turns a test case into a ranked list.</summary>
internal abstract class ListRanker(string name, bool baseline)
{
    public string Name { get; } = name;
    public bool Baseline { get; } = baseline;

    /// <summary>At most <paramref name="length"/> item indices, best first, none of them in the case's excluded set.</summary>
    public abstract int[] Rank(FoldContext fold, EvaluationCase testCase, int length);

    /// <summary>
    /// Every rankable item, best first: the order this row's lists are the top of (before any diversity re-ordering).
    /// The per-item AUC reads positions in it.
    /// </summary>
    public virtual int[] Order(FoldContext fold, EvaluationCase testCase) => Rank(fold, testCase, fold.Snapshot.Catalog.Count);
}
