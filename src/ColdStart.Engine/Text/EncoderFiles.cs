using System.Text.Json;
using ColdStart.Engine.Text.Onnx;
using Google.Protobuf;

namespace ColdStart.Engine.Text;

/// <summary>
/// Reads and writes a trained encoder as three files in one directory:
/// <c>{name}.onnx</c>, <c>{name}.vocab.txt</c> and <c>{name}.json</c> (metadata).
/// </summary>
public static class EncoderFiles
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static string ModelPath(string directory, string name) => Path.Combine(directory, name + ".onnx");

    public static string VocabPath(string directory, string name) => Path.Combine(directory, name + ".vocab.txt");

    public static string MetadataPath(string directory, string name) => Path.Combine(directory, name + ".json");

    /// <summary>
    /// Writes model (opset 17, IR 8, metadata_props), vocabulary and metadata JSON atomically: each file is written in full
    /// to a temporary sibling and then moved over the old one, so a running app that already loaded the old files keeps working.
    /// </summary>
    /// <exception cref="ArgumentException">Weights, vocabulary and metadata disagree (sizes or vocabulary hash).</exception>
    public static void Write(string directory, string name, EncoderWeights weights, IReadOnlyList<string> vocab, EncoderMetadata metadata)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(metadata);
        var vocabBytes = VocabularyBuilder.ToBytes(vocab);
        RequireConsistent(weights, vocab, metadata);
        var model = EncoderGraph.Build(weights, metadata.ToProperties()).ToByteArray();
        AtomicFile.WriteAll(
        [
            (VocabPath(directory, name), vocabBytes),
            (ModelPath(directory, name), model),
            (MetadataPath(directory, name), JsonSerializer.SerializeToUtf8Bytes(metadata, Json)),
        ]);
    }

    /// <summary>Reads a metadata JSON written by <see cref="Write"/>.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not valid metadata JSON.</exception>
    public static EncoderMetadata ReadMetadata(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Encoder metadata '{path}' not found. Create it with the `train` command.", path);
        }

        try
        {
            return JsonSerializer.Deserialize<EncoderMetadata>(File.ReadAllBytes(path), Json)
                ?? throw new InvalidDataException($"Encoder metadata '{path}' is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"Encoder metadata '{path}' is not valid JSON (line {e.LineNumber}): {e.Message}", e);
        }
    }

    private static void RequireConsistent(EncoderWeights weights, IReadOnlyList<string> vocab, EncoderMetadata metadata)
    {
        if (vocab.Count != weights.VocabSize || metadata.VocabSize != weights.VocabSize)
        {
            throw new ArgumentException($"Vocabulary sizes disagree: vocab has {vocab.Count} entries, weights {weights.VocabSize}, metadata {metadata.VocabSize}.", nameof(metadata));
        }

        if (metadata.Hidden != weights.Hidden || metadata.Dimension != weights.Dimension)
        {
            throw new ArgumentException($"Metadata says hidden {metadata.Hidden} / dimension {metadata.Dimension}, weights have {weights.Hidden} / {weights.Dimension}.", nameof(metadata));
        }

        var hash = VocabularyBuilder.Sha256(vocab);
        if (!string.Equals(metadata.VocabSha256, hash, StringComparison.Ordinal))
        {
            throw new ArgumentException($"metadata.VocabSha256 '{metadata.VocabSha256}' is not the hash of the vocabulary ({hash}).", nameof(metadata));
        }
    }
}
