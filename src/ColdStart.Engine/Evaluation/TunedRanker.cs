using ColdStart.Engine.Scoring;

namespace ColdStart.Engine.Evaluation;

/// <summary>
/// A row whose strategy is tuned inside each fold (on that fold's training side only): it ranks through the Scorer with
/// the fold's tuned strategy, or with <paramref name="fallback"/> when the fold could not be tuned.
/// </summary>
internal sealed class TunedRanker(string name, bool baseline, Func<TuningResult, Strategy> pick, Strategy fallback) : ListRanker(name, baseline)
{
    public override int[] Rank(FoldContext fold, EvaluationCase testCase, int length)
    {
        var strategy = StrategyOf(fold);
        var result = fold.Snapshot.Scorer.Rank(testCase.Profile, strategy, length);
        var ranked = new int[result.Items.Count];
        for (int r = 0; r < ranked.Length; r++) ranked[r] = result.Items[r].Index;
        return ranked;
    }

    public override int[] Order(FoldContext fold, EvaluationCase testCase) => fold.Snapshot.Scorer.Order(testCase.Profile, StrategyOf(fold));

    private Strategy StrategyOf(FoldContext fold) => fold.Tuning is { } tuning ? pick(tuning) : fallback;
}
