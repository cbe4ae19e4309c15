using ColdStart.Engine.Domain;
using ColdStart.Engine.Training;

namespace ColdStart.Engine.Tests.Evaluation;

/// <summary>Delegates to another trainer and keeps what the evaluator passed to training and what came back.</summary>
internal sealed class RecordingTrainer(IFoldTrainer inner) : IFoldTrainer
{
    /// <summary>Every training set, the tuner's inner ones included (their names end in "(tuning)…").</summary>
    public List<Dataset> AllTrainingSets { get; } = [];
    public List<ModelSnapshot> AllSnapshots { get; } = [];

    /// <summary>The folds' own training sets, in order (the tuner's inner ones left out).</summary>
    public List<Dataset> TrainingSets => [.. AllTrainingSets.Where(IsOuter)];
    public List<ModelSnapshot> Snapshots => [.. AllTrainingSets.Select((d, i) => (d, i)).Where(x => IsOuter(x.d)).Select(x => AllSnapshots[x.i])];

    private static bool IsOuter(Dataset data) => !data.Name.Contains("(tuning)", StringComparison.Ordinal);

    public FoldModel Train(Dataset training, CancellationToken ct)
    {
        lock (AllTrainingSets)
        {
            AllTrainingSets.Add(training);
            var model = inner.Train(training, ct);
            AllSnapshots.Add(model.Snapshot);
            return model;
        }
    }
}
