using ColdStart.Engine.Collaborative;
using ColdStart.Engine.Domain;

namespace ColdStart.Engine.Evaluation;

public sealed partial class Evaluator
{
    private FoldModel TrainFold(Dataset training, RunState run, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        run.Training.Start();
        try
        {
            var model = _trainer.Train(training, ct);
            if (model.Snapshot.Catalog.Count != training.Items.Count)
            {
                model.Dispose();
                throw new InvalidOperationException(
                    $"The fold trainer returned a snapshot of {model.Snapshot.Catalog.Count} items for a training set of {training.Items.Count}.");
            }
            return model;
        }
        finally
        {
            run.Training.Stop();
            run.Step();
        }
    }

    private FoldContext Context(FoldModel model, Dataset training) =>
        new(model.Snapshot, InteractionMatrix.From(training, Options.Training.Weights));

    /// <summary>
    /// Ranks <paramref name="count"/> test users in parallel. <paramref name="caseFor"/>(slot, kIndex) gives the case or
    /// null (skipped); the result is [kIndex][slot][ranker].
    /// </summary>
    private CaseScores?[][][] RankCases(FoldContext fold, int count, int kCount, Func<int, int, EvaluationCase?> caseFor, RunState run, CancellationToken ct)
    {
        var outcomes = new CaseScores?[kCount][][];
        for (int k = 0; k < kCount; k++) outcomes[k] = new CaseScores?[count][];
        run.Ranking.Start();
        try
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Options.MaxParallelism, CancellationToken = ct };
            Parallel.For(0, count, parallel, slot =>
            {
                for (int k = 0; k < kCount; k++)
                {
                    var scores = new CaseScores?[_rankers.Length];
                    outcomes[k][slot] = scores;
                    if (caseFor(slot, k) is not { } testCase) continue;
                    for (int r = 0; r < _rankers.Length; r++)
                        scores[r] = CaseScores.Measure(_rankers[r].Rank(fold, testCase, MetricNames.ListLength), testCase, fold);
                }
            });
        }
        finally
        {
            run.Ranking.Stop();
            run.Step();
        }
        return outcomes;
    }
}
