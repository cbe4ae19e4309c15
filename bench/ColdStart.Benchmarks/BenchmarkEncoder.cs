using ColdStart.Engine.Collaborative;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Text;
using ColdStart.Engine.Training;

namespace ColdStart.Benchmarks;

/// <summary>
/// The encoder the encoding benchmarks load: the shipped default (<c>models/encoder.onnx</c> + <c>models/encoder.vocab.txt</c>
/// found above the working directory or the binaries) when present, otherwise one trained here on the sample world with the
/// default architecture (vocabulary 12,000, hidden 128, 64-d output) but a short ALS and one epoch, so setup stays quick.
/// Inference cost depends on the architecture and token counts only, not on how long the weights were trained.
/// </summary>
internal static class BenchmarkEncoder
{
    private const string Name = "encoder";

    /// <summary>Loads or trains the encoder on the CPU provider; <paramref name="origin"/> says which.</summary>
    public static OnnxTextEncoder Open(Dataset world, string scratchDirectory, out string origin)
    {
        var shipped = FindModelsDirectory();
        var directory = shipped ?? scratchDirectory;
        if (shipped is null)
        {
            var matrix = InteractionMatrix.From(world, new EventWeights());
            var als = AlsTrainer.Train(matrix, new AlsOptions(Iterations: 3));
            ModelTraining.TrainEncoder(world, matrix, als, new EncoderTrainingOptions(Epochs: 1), directory, Name);
        }
        origin = shipped is null ? "trained in setup (3 ALS iterations, 1 encoder epoch)" : $"shipped model in {shipped}";
        return OnnxTextEncoder.Create(new EncoderOptions(
            EncoderFiles.ModelPath(directory, Name), EncoderFiles.VocabPath(directory, Name), ExecutionProvider: "cpu"));
    }

    private static string? FindModelsDirectory()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var models = Path.Combine(dir.FullName, "models");
                if (File.Exists(EncoderFiles.ModelPath(models, Name)) && File.Exists(EncoderFiles.VocabPath(models, Name))) return models;
            }
        }
        return null;
    }
}
