using System.Diagnostics;
using ColdStart.Data.Import;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Text;
using ColdStart.Engine.Training;
using ColdStart.Engine.World;
using ColdStart.Workbench.Hosting;

namespace ColdStart.Workbench.Cli;

/// <summary>
/// The <c>train</c> verb: trains weighted ALS and the project's text encoder on a dataset and writes
/// <c>{name}.onnx</c>, <c>{name}.vocab.txt</c> and <c>{name}.json</c> into the output folder. Each file is replaced
/// atomically, so a running workbench keeps its loaded model until it reloads. Exit codes: 0 done, 1 failed, 2 bad arguments.
/// </summary>
public static class TrainCommand
{
    public const string Usage = """
        Usage: train [--dataset <folder|sample>] [--out <models>] [--name <encoder>] [--epochs <6>] [--seed <42>]
          --dataset <path>   Generic CSV or MovieLens folder, or 'sample' (default): the default sample world (seed 42).
          --out <folder>     Where the model files go (default models; relative paths are taken from the repository root).
          --name <name>      File name prefix (default encoder: encoder.onnx, encoder.vocab.txt, encoder.json).
          --epochs <n>       Encoder training epochs (default 6).
          --seed <n>         Seed of the sample world (default 42).
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args is ["--help" or "-h" or "help"])
        {
            stdout.WriteLine(Usage);
            return 0;
        }
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["--dataset"] = "sample", ["--out"] = "models", ["--name"] = "encoder", ["--epochs"] = "6", ["--seed"] = "42",
        };
        for (int i = 0; i < args.Length; i += 2)
        {
            if (!values.ContainsKey(args[i]) || i + 1 >= args.Length)
            {
                stderr.WriteLine(i + 1 >= args.Length && values.ContainsKey(args[i])
                    ? $"train: option {args[i]} needs a value." : $"train: unknown option '{args[i]}'.");
                stderr.WriteLine(Usage);
                return CommandLine.UsageExitCode;
            }
            values[args[i]] = args[i + 1];
        }
        if (!int.TryParse(values["--epochs"], out int epochs) || epochs < 1 || !int.TryParse(values["--seed"], out int seed))
        {
            stderr.WriteLine("train: --epochs must be a whole number ≥ 1 and --seed a whole number.");
            return CommandLine.UsageExitCode;
        }
        try
        {
            return Train(values["--dataset"], values["--out"], values["--name"], epochs, seed, stdout);
        }
        catch (Exception ex) when (ex is ImportException or IOException or InvalidOperationException or ArgumentException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"train: {ex.Message}");
            return 1;
        }
    }

    private static int Train(string dataset, string output, string name, int epochs, int seed, TextWriter stdout)
    {
        var clock = Stopwatch.StartNew();
        Dataset data = dataset == "sample"
            ? SampleWorld.Generate(new SampleWorldOptions(Seed: seed)).Dataset
            : DatasetImporter.Import(dataset, ImportOptions.Default);
        stdout.WriteLine($"Dataset '{data.Name}': {data.Items.Count:N0} items, {data.Users.Count:N0} users, {data.Events.Count:N0} events.");
        output = Path.GetFullPath(Path.Combine(RepositoryRoot.Find(), output));
        Directory.CreateDirectory(output);
        var progress = new Progress<string>(line => stdout.WriteLine("  " + line));
        var (_, metadata) = ModelTraining.Train(data, TrainingOptions.Default, new EncoderTrainingOptions(Epochs: epochs), output, name, progress);
        stdout.WriteLine($"Wrote {EncoderFiles.ModelPath(output, name)}, {EncoderFiles.VocabPath(output, name)} and {EncoderFiles.MetadataPath(output, name)}");
        stdout.WriteLine($"  vocabulary {metadata.VocabSize:N0}, dimension {metadata.Dimension}, {metadata.TrainingPairs:N0} training pairs, final loss {metadata.FinalLoss:0.###}, fingerprint {metadata.TrainingFingerprint}");
        stdout.WriteLine($"Done in {clock.Elapsed.TotalSeconds:0.0} s.");
        return 0;
    }
}
