using ColdStart.Engine.Evaluation;
using ColdStart.Engine.Scoring;

namespace ColdStart.Tests.Shared;

/// <summary>
/// Hand-made evaluation reports with round numbers: global popularity and Balanced under the new-user protocol at
/// k = 0, 1, 3 (NDCG@10 of popularity 0.10, 0.12, 0.14; Balanced 0.11, 0.15, 0.21; every interval mean ± 0.01), and
/// one new-item row each.
/// </summary>
internal static class LabReports
{
    public static readonly int[] Ks = [0, 1, 3];
    public static readonly double[] PopularityNdcg = [0.10, 0.12, 0.14];
    public static readonly double[] BalancedNdcg = [0.11, 0.15, 0.21];

    public static EvaluationOptions Options { get; } = new()
    {
        Protocols = [EvaluationProtocol.NewUser, EvaluationProtocol.NewItem],
        KValues = Ks,
        Folds = 3,
        Strategies = [Strategy.Balanced],
    };

    /// <summary>The report; <paramref name="shift"/> is added to every Balanced NDCG (a second, better run).</summary>
    public static EvaluationReport Create(double shift = 0)
    {
        var rows = new List<EvaluationRow>();
        for (int i = 0; i < Ks.Length; i++)
        {
            rows.Add(Row(Baselines.GlobalPopularity, baseline: true, EvaluationProtocol.NewUser, Ks[i], PopularityNdcg[i]));
            rows.Add(Row(Strategy.Balanced.Name, baseline: false, EvaluationProtocol.NewUser, Ks[i], BalancedNdcg[i] + shift));
        }
        rows.Add(Row(Baselines.GlobalPopularity, baseline: true, EvaluationProtocol.NewItem, null, 0.05));
        rows.Add(Row(Strategy.Balanced.Name, baseline: false, EvaluationProtocol.NewItem, null, 0.08));
        return new EvaluationReport("tiny", 5, 3, 10, Options, rows, new EvaluationTimings(2.5, 1.5, 0.8, 0.2, 2), ["Coverage has no interval."]);
    }

    /// <summary>A row whose NDCG@10 is <paramref name="ndcg"/> ± 0.01; the other metrics are fixed multiples, coverage without an interval.</summary>
    public static EvaluationRow Row(string strategy, bool baseline, EvaluationProtocol protocol, int? k, double ndcg) =>
        new(strategy, baseline, protocol, k, 40, new Dictionary<string, BootstrapInterval>
        {
            [MetricNames.Ndcg] = new(ndcg, ndcg - 0.01, ndcg + 0.01),
            [MetricNames.Recall] = new(2 * ndcg, 2 * ndcg - 0.02, 2 * ndcg + 0.02),
            [MetricNames.HitRate] = new(3 * ndcg, 3 * ndcg - 0.03, 3 * ndcg + 0.03),
            [MetricNames.Mrr] = new(ndcg / 2, ndcg / 2 - 0.005, ndcg / 2 + 0.005),
            [MetricNames.Coverage] = new(0.4, 0.4, 0.4),
            [MetricNames.Diversity] = new(0.6, 0.55, 0.65),
            [MetricNames.Novelty] = new(9.5, 9.0, 10.0),
        });
}
