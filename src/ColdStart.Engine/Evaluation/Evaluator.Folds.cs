using ColdStart.Engine.Collaborative;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Training;

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

    /// <summary>
    /// Tunes on validation users of <paramref name="training"/> (never the fold's test users) when the options ask for it,
    /// and returns the fold's context on the snapshot rebuilt with the tuned popularity and neighbour settings.
    /// </summary>
    private FoldContext Context(FoldModel model, Dataset training, string fold, RunState run, CancellationToken ct, bool newItems = false)
    {
        var matrix = InteractionMatrix.From(training, Options.Training.Weights);
        if (Options.Tuning is not { } tuning) return new FoldContext(model.Snapshot, matrix);
        // The new-item protocol measures how new items are ranked and nothing else, so its Auto is tuned for that alone
        // (no cap on what the new-item policy may cost new visitors); the new-user folds keep the product's cap.
        if (newItems) tuning = tuning with { MaxNewUserLoss = 1 };
        run.Report($"{fold}: tuning on validation users of the training side");
        run.Training.Start();
        try
        {
            // Inner models come from the same fold trainer: a per-fold encoder is trained again without the validation users.
            var result = AutoTuner.Tune(training, _trainer, model.Snapshot.Options, tuning, null, ct);
            foreach (var note in result.Notes) run.Notes.Add($"Tuning ({fold}): {note}");
            var snapshot = SnapshotBuilder.Rebuild(model.Snapshot, result.Training, ct);
            var baseline = result.BaselineTraining == result.Training ? snapshot : SnapshotBuilder.Rebuild(snapshot, result.BaselineTraining, ct);
            return new FoldContext(snapshot, matrix, result) { BaselineSnapshot = baseline };
        }
        catch (TuningException e)
        {
            run.Notes.Add($"{fold}: not tuned — {e.Message} Tuned rows use untuned defaults there.");
            return new FoldContext(model.Snapshot, matrix);
        }
        finally
        {
            run.Training.Stop();
        }
    }

    /// <summary>
    /// Ranks <paramref name="count"/> test users in parallel. <paramref name="caseFor"/>(slot, kIndex) gives the case or
    /// null (skipped); the result is [kIndex][slot][ranker]. <paramref name="alsoFor"/>, if given, is called once per
    /// measured case of the first k (slot, case), after its lists are measured.
    /// </summary>
    private CaseScores?[][][] RankCases(FoldContext fold, int count, int kCount, Func<int, int, EvaluationCase?> caseFor, RunState run, CancellationToken ct,
        Action<int, EvaluationCase>? alsoFor = null)
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
                    if (k == 0) alsoFor?.Invoke(slot, testCase);
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
