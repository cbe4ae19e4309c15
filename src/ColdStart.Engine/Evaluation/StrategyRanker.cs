using ColdStart.Engine.Scoring;

namespace ColdStart.Engine.Evaluation;

/// <summary>Ranks through the snapshot's <see cref="Scorer"/> — the one ranking path — with an exclude-seen strategy.</summary>
/// <param name="strategy">The strategy; an <see cref="ExcludeSeenRule"/> is added when missing.</param>
/// <param name="baseline">True for the baselines.</param>
/// <param name="globalPopularity">Drop the profile's segment popularity so the popularity component is catalog-wide.</param>
internal sealed class StrategyRanker(Strategy strategy, bool baseline, bool globalPopularity = false)
    : ListRanker(strategy.Name, baseline)
{
    private readonly Strategy _strategy = strategy.Rules.Any(r => r is ExcludeSeenRule)
        ? strategy
        : strategy with { Rules = [.. strategy.Rules, new ExcludeSeenRule()] };

    public override int[] Rank(FoldContext fold, EvaluationCase testCase, int length)
    {
        var profile = Profile(testCase);
        var result = fold.Snapshot.Scorer.Rank(profile, _strategy, length);
        var ranked = new int[result.Items.Count];
        for (int r = 0; r < ranked.Length; r++) ranked[r] = result.Items[r].Index;
        return ranked;
    }

    public override int[] Order(FoldContext fold, EvaluationCase testCase) => fold.Snapshot.Scorer.Order(Profile(testCase), _strategy);

    private Profiles.Profile Profile(EvaluationCase testCase) =>
        globalPopularity ? testCase.Profile with { SegmentPopularity = null } : testCase.Profile;
}
