using ColdStart.Engine.Collaborative;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Profiles;
using ColdStart.Engine.Text;
using ColdStart.Engine.Text.Adapters;

namespace ColdStart.Engine.Training;

/// <summary>
/// The `train` step: fits weighted ALS on a dataset, then trains the project's own text encoder so that each item's
/// text lands near its ALS item vector and each user's text (attributes + searches) near its ALS user vector, and writes
/// <c>{name}.onnx</c>, <c>{name}.vocab.txt</c> and <c>{name}.json</c> into a folder (atomically per file).
/// </summary>
public static class ModelTraining
{
    /// <summary>Trains ALS and the encoder on <paramref name="data"/> and writes the encoder files.</summary>
    public static (CollaborativeModel Collaborative, EncoderMetadata Encoder) Train(Dataset data, TrainingOptions options,
        EncoderTrainingOptions encoderOptions, string directory, string name = "encoder", IProgress<string>? progress = null,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        if (data.Items.Count == 0) throw new ArgumentException($"Dataset '{data.Name}' has no items: nothing to train on.", nameof(data));
        progress?.Report($"Training weighted ALS on {data.Events.Count:N0} events");
        var matrix = InteractionMatrix.From(data, options.Weights);
        var als = AlsTrainer.Train(matrix, options.Als, null, ct);
        progress?.Report("Training the text encoder");
        var encoder = TrainEncoder(data, matrix, als, encoderOptions, directory, name,
            new Progress<double>(p => progress?.Report($"Training the text encoder: {p:P0}")), ct);
        return (als, encoder);
    }

    /// <summary>Trains the encoder against an existing ALS model (items with events and users with events are the pairs).</summary>
    public static EncoderMetadata TrainEncoder(Dataset data, InteractionMatrix matrix, CollaborativeModel als,
        EncoderTrainingOptions options, string directory, string name, IProgress<double>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(als);
        var (pairs, targets, dim) = AlignmentPairs(data, matrix, als);
        var userTexts = ProfileText.ForUsers(data);
        var corpus = data.Items.Select(i => i.Text).Concat(userTexts)
            .Concat(data.Events.Where(e => e.Query is not null).Select(e => e.Query!));
        return EncoderTrainer.TrainAndWrite(corpus, pairs, targets, dim, options, directory, name, progress, ct);
    }

    /// <summary>
    /// Trains an adapter on <paramref name="baseEncoder"/> (frozen; its vectors come from the embedding cache when it is
    /// behind one) toward the same targets as the project encoder: items and users with events, each near its ALS vector.
    /// </summary>
    /// <returns>The adapter and the number of texts it was trained on.</returns>
    public static (AdapterWeights Adapter, int Pairs) TrainAdapter(Dataset data, InteractionMatrix matrix, CollaborativeModel als,
        ITextEncoder baseEncoder, EncoderTrainingOptions? options = null, IProgress<double>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(als);
        var (pairs, targets, dim) = AlignmentPairs(data, matrix, als);
        return (AdapterTrainer.Train(baseEncoder, pairs, targets, dim, options, progress, ct), pairs.Count);
    }

    /// <summary>Texts and targets of the alignment: each item with events → its ALS item vector, each user with events and text → its ALS user vector.</summary>
    private static (List<TrainingPair> Pairs, float[] Targets, int Dim) AlignmentPairs(Dataset data, InteractionMatrix matrix, CollaborativeModel als)
    {
        int dim = als.Factors;
        var userTexts = ProfileText.ForUsers(data);
        var pairs = new List<TrainingPair>();
        var targets = new List<float>();
        for (int i = 0; i < data.Items.Count; i++)
        {
            if (matrix.UsersOf(i).IsEmpty || !IsUsableTarget(als.ItemVector(i))) continue;
            pairs.Add(new TrainingPair(data.Items[i].Text, pairs.Count));
            targets.AddRange(als.ItemVector(i).ToArray());
        }
        for (int u = 0; u < data.Users.Count; u++)
        {
            if (matrix.ItemsOf(u).IsEmpty || userTexts[u].Length == 0 || !IsUsableTarget(als.UserVector(u))) continue;
            pairs.Add(new TrainingPair(userTexts[u], pairs.Count));
            targets.AddRange(als.UserVector(u).ToArray());
        }
        if (pairs.Count == 0) throw new InvalidOperationException($"Dataset '{data.Name}' has no items or users with events: the encoder has nothing to learn from.");
        return (pairs, [.. targets], dim);
    }

    /// <summary>ALS shrinks rows with a single weak interaction towards zero; such targets carry no direction to learn.</summary>
    private static bool IsUsableTarget(ReadOnlySpan<float> target) => System.Numerics.Tensors.TensorPrimitives.Norm(target) > 1e-6f;
}
