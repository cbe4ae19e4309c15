namespace ColdStart.Engine.Evaluation;

/// <summary>A uniform random list of rankable items (partial Fisher–Yates), seeded per case: same seed, same list.</summary>
internal sealed class RandomRanker() : ListRanker(Baselines.Random, baseline: true)
{
    public override int[] Rank(FoldContext fold, EvaluationCase testCase, int length)
    {
        int items = fold.Snapshot.Catalog.Count;
        var candidates = new int[items];
        int n = 0;
        for (int i = 0; i < items; i++)
            if (!testCase.Excluded.Contains(i)) candidates[n++] = i;
        var random = new Random(testCase.RandomSeed);
        int take = Math.Min(length, n);
        for (int r = 0; r < take; r++)
        {
            int pick = random.Next(r, n);
            (candidates[r], candidates[pick]) = (candidates[pick], candidates[r]);
        }
        return candidates[..take];
    }
}
