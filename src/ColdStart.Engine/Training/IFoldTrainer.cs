using ColdStart.Engine.Domain;

namespace ColdStart.Engine.Training;

/// <summary>Trains the model of one evaluation fold. The evaluator passes it only the fold's training data.</summary>
public interface IFoldTrainer
{
    /// <summary>Trains a snapshot on <paramref name="training"/> (same items and item order as the evaluated dataset).</summary>
    FoldModel Train(Dataset training, CancellationToken ct);
}
