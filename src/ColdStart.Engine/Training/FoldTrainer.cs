using ColdStart.Engine.Collaborative;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Text;

namespace ColdStart.Engine.Training;

/// <summary>
/// The default <see cref="IFoldTrainer"/>: <see cref="SnapshotBuilder.Build"/> on the fold's training data, with either a
/// text encoder trained on that fold alone (items and training users only, so test users cannot leak through the
/// encoder) or a given encoder (e.g. a dropped-in sentence-transformer) shared by all folds and not owned.
/// </summary>
public sealed class FoldTrainer : IFoldTrainer
{
    private const string EncoderName = "fold-encoder";
    private readonly TrainingOptions _training;
    private readonly EncoderTrainingOptions? _encoderTraining;
    private readonly ITextEncoder? _encoder;

    /// <summary>Trains a fresh encoder per fold (ALS, then <see cref="ModelTraining.TrainEncoder"/> into a temporary folder).</summary>
    public FoldTrainer(TrainingOptions training, EncoderTrainingOptions encoderTraining)
    {
        _training = training ?? throw new ArgumentNullException(nameof(training));
        _encoderTraining = encoderTraining ?? throw new ArgumentNullException(nameof(encoderTraining));
    }

    /// <summary>Uses <paramref name="encoder"/> for every fold; the caller keeps ownership.</summary>
    public FoldTrainer(TrainingOptions training, ITextEncoder encoder)
    {
        _training = training ?? throw new ArgumentNullException(nameof(training));
        _encoder = encoder ?? throw new ArgumentNullException(nameof(encoder));
    }

    /// <inheritdoc/>
    public FoldModel Train(Dataset training, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(training);
        if (_encoder is not null) return new FoldModel(SnapshotBuilder.Build(training, _encoder, _training, ct: ct));
        var (encoder, als) = TrainEncoder(training, ct);
        try
        {
            return new FoldModel(SnapshotBuilder.Build(training, encoder, _training, trained: als, ct: ct), encoder);
        }
        catch
        {
            encoder.Dispose();
            throw;
        }
    }

    private (OnnxTextEncoder Encoder, CollaborativeModel Als) TrainEncoder(Dataset training, CancellationToken ct)
    {
        var directory = Directory.CreateTempSubdirectory("coldstart-eval-");
        try
        {
            var matrix = InteractionMatrix.From(training, _training.Weights);
            var als = AlsTrainer.Train(matrix, _training.Als, null, ct);
            ModelTraining.TrainEncoder(training, matrix, als, _encoderTraining!, directory.FullName, EncoderName, null, ct);
            var encoder = OnnxTextEncoder.Create(new EncoderOptions(
                EncoderFiles.ModelPath(directory.FullName, EncoderName), EncoderFiles.VocabPath(directory.FullName, EncoderName),
                "cpu", _encoderTraining!.MaxTokens));
            return (encoder, als);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
