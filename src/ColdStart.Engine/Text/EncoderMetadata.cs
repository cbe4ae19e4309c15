namespace ColdStart.Engine.Text;

/// <summary>What describes a trained encoder; written as JSON next to the model and as ONNX metadata_props.</summary>
/// <param name="VocabSize">Vocabulary entries (= embedding rows).</param>
/// <param name="Hidden">Embedding and dense width.</param>
/// <param name="Dimension">Output dimension.</param>
/// <param name="MaxTokens">Token limit used in training.</param>
/// <param name="VocabSha256">SHA-256 of vocab.txt (<see cref="VocabularyBuilder.Sha256"/>).</param>
/// <param name="TrainingFingerprint">Hash of the training inputs (<see cref="EncoderTrainer.Fingerprint"/>).</param>
/// <param name="CreatedUtc">When the model was written.</param>
/// <param name="Pooling">Pooling inside the model: "mean".</param>
/// <param name="ModelName">Display name.</param>
/// <param name="TrainingPairs">Number of pairs trained on.</param>
/// <param name="FinalLoss">Mean loss of the last epoch.</param>
public sealed record EncoderMetadata(
    int VocabSize,
    int Hidden,
    int Dimension,
    int MaxTokens,
    string VocabSha256,
    string TrainingFingerprint,
    DateTimeOffset CreatedUtc,
    string Pooling = "mean",
    string ModelName = "coldstart-text-encoder",
    int TrainingPairs = 0,
    double FinalLoss = 0)
{
    /// <summary>Metadata for trained weights and their vocabulary; sizes and the vocabulary hash are filled in.</summary>
    public static EncoderMetadata Describe(EncoderWeights weights, IReadOnlyList<string> vocab, int maxTokens, string trainingFingerprint, int trainingPairs, DateTimeOffset createdUtc)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var loss = weights.EpochLosses.Count > 0 ? weights.EpochLosses[^1] : 0;
        return new EncoderMetadata(weights.VocabSize, weights.Hidden, weights.Dimension, maxTokens, VocabularyBuilder.Sha256(vocab),
            trainingFingerprint, createdUtc, TrainingPairs: trainingPairs, FinalLoss: loss);
    }

    /// <summary>The ONNX metadata_props entries (keys prefixed "coldstart.").</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ToProperties() =>
    [
        new(OnnxMetadataKeys.ModelName, ModelName),
        new(OnnxMetadataKeys.VocabSize, VocabSize.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new(OnnxMetadataKeys.Hidden, Hidden.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new(OnnxMetadataKeys.Dimension, Dimension.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new(OnnxMetadataKeys.MaxTokens, MaxTokens.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new(OnnxMetadataKeys.Pooling, Pooling),
        new(OnnxMetadataKeys.VocabSha256, VocabSha256),
        new(OnnxMetadataKeys.TrainingFingerprint, TrainingFingerprint),
        new(OnnxMetadataKeys.CreatedUtc, CreatedUtc.ToString("O", System.Globalization.CultureInfo.InvariantCulture)),
    ];
}
