using ColdStart.Engine.Scoring;
using ColdStart.Engine.Training;

namespace ColdStart.Engine.Evaluation;

/// <summary>
/// A row whose strategy is tuned inside each fold (on that fold's training side only): it ranks through the Scorer with
/// the fold's tuned strategy, or with <paramref name="fallback"/> when the fold could not be tuned. The baseline row
/// ranks on the fold's <see cref="FoldContext.BaselineSnapshot"/> (neighbours from interactions only).
/// </summary>
internal sealed class TunedRanker(string name, bool baseline, Func<TuningResult, Strategy> pick, Strategy fallback) : ListRanker(name, baseline)
{
    public override int[] Rank(FoldContext fold, EvaluationCase testCase, int length)
    {
        var strategy = StrategyOf(fold);
        var result = SnapshotOf(fold).Scorer.Rank(testCase.Profile, strategy, length);
        var ranked = new int[result.Items.Count];
        for (int r = 0; r < ranked.Length; r++) ranked[r] = result.Items[r].Index;
        return ranked;
    }

    public override int[] Order(FoldContext fold, EvaluationCase testCase) => SnapshotOf(fold).Scorer.Order(testCase.Profile, StrategyOf(fold));

    private ModelSnapshot SnapshotOf(FoldContext fold) => Baseline ? fold.BaselineSnapshot : fold.Snapshot;

    private Strategy StrategyOf(FoldContext fold) => fold.Tuning is { } tuning ? pick(tuning) : fallback;
}
