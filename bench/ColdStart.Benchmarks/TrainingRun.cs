using System.Diagnostics;
using ColdStart.Engine.Collaborative;
using ColdStart.Engine.Text;
using ColdStart.Engine.Training;
using ColdStart.Engine.World;

namespace ColdStart.Benchmarks;

/// <summary>
/// One whole training on the default sample world as the workbench runs it (<c>ModelHost</c>: <see cref="ModelTraining"/>,
/// then load the encoder, then <see cref="SnapshotBuilder"/>), timed by phase: generate the world; ALS; train the text
/// encoder and write its files; load it in ONNX Runtime; build the snapshot (ALS again, priors, attribute model, encoding,
/// maps, index). <see cref="ModelTraining.Train"/> is split into its two calls only to time them apart.
/// </summary>
internal static class TrainingRun
{
    /// <summary>Runs the pipeline once in this process and measures it.</summary>
    public static TrainingResult Measure()
    {
        var phases = new List<TrainingPhase>();
        var clock = Stopwatch.StartNew();
        var world = Timed(phases, "Sample world (5,000 items, 20,000 users)", () => SampleWorld.Generate(new SampleWorldOptions()).Dataset);
        var training = Stopwatch.StartNew();
        var options = TrainingOptions.Default;
        var matrix = Timed(phases, "Interaction matrix", () => InteractionMatrix.From(world, options.Weights));
        var als = Timed(phases, "ALS for encoder targets", () => AlsTrainer.Train(matrix, options.Als));
        var directory = Path.Combine(Path.GetTempPath(), "coldstart-training-" + Guid.NewGuid().ToString("N"));
        try
        {
            var metadata = Timed(phases, "Encoder: vocabulary, training, ONNX files", () =>
                ModelTraining.TrainEncoder(world, matrix, als, new EncoderTrainingOptions(), directory, "encoder"));
            using var encoder = Timed(phases, "Encoder: load in ONNX Runtime", () => OnnxTextEncoder.Create(new EncoderOptions(
                EncoderFiles.ModelPath(directory, "encoder"), EncoderFiles.VocabPath(directory, "encoder"), ExecutionProvider: "cpu")));
            var snapshot = Timed(phases, "Snapshot (ALS, priors, attributes, encoding, maps, index)", () => SnapshotBuilder.Build(world, encoder, options));
            GC.KeepAlive(snapshot);
            var trainingSeconds = training.Elapsed.TotalSeconds;
            using var process = Process.GetCurrentProcess();
            return new TrainingResult(
                clock.Elapsed.TotalSeconds, trainingSeconds, process.PeakWorkingSet64, GC.GetTotalAllocatedBytes(),
                GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes, GC.CollectionCount(2), metadata.TrainingPairs, phases);
        }
        finally
        {
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        }
    }

    private static T Timed<T>(List<TrainingPhase> phases, string name, Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        var result = work();
        phases.Add(new TrainingPhase(name, clock.Elapsed.TotalSeconds));
        return result;
    }
}
