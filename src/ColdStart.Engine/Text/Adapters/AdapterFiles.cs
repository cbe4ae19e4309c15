using System.Globalization;
using ColdStart.Engine.Text.Onnx;
using Google.Protobuf;

namespace ColdStart.Engine.Text.Adapters;

/// <summary>
/// Writes an <see cref="AdapterWeights"/> as one ONNX file (opset 17, IR 8) that runs beside its base model:
/// input <see cref="InputName"/> float [batch, I] (the base encoder's unit vectors), output <c>sentence_embedding</c>
/// float [batch, D]; the graph is the project encoder's head (MatMul → Add → Tanh → MatMul → Add → LpNormalization),
/// followed, with a base share s, by Mul(input, √s) and Mul(adapted, √(1−s)) concatenated ([batch, I + D]).
/// The base model's name, the widths, the number of training pairs and the final loss go into metadata_props.
/// </summary>
public static class AdapterFiles
{
    /// <summary>Name of the adapter graph's input.</summary>
    public const string InputName = "embedding";

    /// <summary>Name of the adapter graph's output.</summary>
    public const string OutputName = EncoderGraph.SentenceEmbedding;

    /// <summary>Writes the adapter to <paramref name="path"/> atomically (a loaded copy keeps working).</summary>
    /// <param name="path">The .onnx file.</param>
    /// <param name="weights">Trained adapter.</param>
    /// <param name="baseModel">Display name of the base encoder (<see cref="ITextEncoder.ModelName"/>); checked at load.</param>
    /// <param name="trainingPairs">Texts it was trained on.</param>
    public static void Write(string path, AdapterWeights weights, string baseModel, int trainingPairs)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentException.ThrowIfNullOrWhiteSpace(baseModel);
        AtomicFile.WriteAll([(path, Build(weights, Metadata(weights, baseModel, trainingPairs)).ToByteArray())]);
    }

    internal static ModelProto Build(AdapterWeights weights, IEnumerable<KeyValuePair<string, string>> metadata)
    {
        var g = new OnnxGraphBuilder("coldstart_text_adapter");
        g.Input(InputName, TensorProto.Types.DataType.Float, "batch", (long)weights.Input);
        g.Output(OutputName, TensorProto.Types.DataType.Float, "batch", (long)weights.OutputDimension);
        if (weights.BaseShare > 0f)
        {
            EncoderGraph.Head(g, weights.Layers, InputName, "adapted");
            var baseScale = g.Initializer("base_scale", [MathF.Sqrt(weights.BaseShare)]);
            var adaptedScale = g.Initializer("adapted_scale", [MathF.Sqrt(1f - weights.BaseShare)]);
            var basePart = g.Node("Mul", [InputName, baseScale], "base_part");
            var adaptedPart = g.Node("Mul", ["adapted", adaptedScale], "adapted_part");
            g.Node("Concat", [basePart, adaptedPart], OutputName, OnnxGraphBuilder.Int("axis", 1));
        }
        else
        {
            EncoderGraph.Head(g, weights.Layers, InputName);
        }
        return g.Model("ColdStart.Workbench", metadata);
    }

    private static List<KeyValuePair<string, string>> Metadata(AdapterWeights weights, string baseModel, int trainingPairs) =>
    [
        new(OnnxMetadataKeys.ModelName, baseModel + " + adapter"),
        new(OnnxMetadataKeys.AdapterBase, baseModel),
        new(OnnxMetadataKeys.AdapterInput, weights.Input.ToString(CultureInfo.InvariantCulture)),
        new(OnnxMetadataKeys.Dimension, weights.OutputDimension.ToString(CultureInfo.InvariantCulture)),
        new(OnnxMetadataKeys.AdapterBaseShare, weights.BaseShare.ToString("R", CultureInfo.InvariantCulture)),
        new(OnnxMetadataKeys.TrainingPairs, trainingPairs.ToString(CultureInfo.InvariantCulture)),
        new(OnnxMetadataKeys.FinalLoss, (weights.EpochLosses.Count > 0 ? weights.EpochLosses[^1] : 0).ToString("R", CultureInfo.InvariantCulture)),
        new(OnnxMetadataKeys.CreatedUtc, DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)),
    ];
}
