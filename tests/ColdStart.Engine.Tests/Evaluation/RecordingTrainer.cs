using ColdStart.Engine.Domain;
using ColdStart.Engine.Evaluation;
using ColdStart.Engine.Training;

namespace ColdStart.Engine.Tests.Evaluation;

/// <summary>Delegates to another trainer and keeps what the evaluator passed to training and what came back.</summary>
internal sealed class RecordingTrainer(IFoldTrainer inner) : IFoldTrainer
{
    public List<Dataset> TrainingSets { get; } = [];
    public List<ModelSnapshot> Snapshots { get; } = [];

    public FoldModel Train(Dataset training, CancellationToken ct)
    {
        TrainingSets.Add(training);
        var model = inner.Train(training, ct);
        Snapshots.Add(model.Snapshot);
        return model;
    }
}
