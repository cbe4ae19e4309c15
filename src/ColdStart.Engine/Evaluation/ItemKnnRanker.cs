namespace ColdStart.Engine.Evaluation;

/// <summary>Item-kNN fold-in of the case's seeds; unscored places (all of them at k = 0) are filled by global popularity.</summary>
internal sealed class ItemKnnRanker() : ListRanker(Baselines.ItemKnn, baseline: true)
{
    public override int[] Rank(FoldContext fold, EvaluationCase testCase, int length) =>
        fold.Knn.Rank(testCase.Seeds, length, testCase.Excluded, fold.PopularityOrder);
}
