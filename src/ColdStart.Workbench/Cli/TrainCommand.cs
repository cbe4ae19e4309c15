using System.CommandLine;
using System.Diagnostics;
using ColdStart.Data.Import;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Text;
using ColdStart.Engine.Training;
using ColdStart.Engine.World;
using ColdStart.Workbench.Hosting;
using Microsoft.Extensions.Options;

namespace ColdStart.Workbench.Cli;

/// <summary>
/// The <c>train</c> verb: trains weighted ALS and the project's text encoder on a dataset and writes
/// <c>{name}.onnx</c>, <c>{name}.vocab.txt</c> and <c>{name}.json</c> into the output folder. Each file is replaced
/// atomically, so a running workbench keeps its loaded model until it reloads. Exit codes: 0 done, 1 failed, 2 bad arguments.
/// </summary>
/// <remarks>The options are the properties below, one line each.</remarks>
internal sealed class TrainCommand : VerbCommand
{
    public const string Verb = "train";
    private const string Sample = "sample";

    public Option<string> Dataset { get; } = CliOption.Text("--dataset", "folder|sample",
        "Generic CSV or MovieLens folder, or 'sample': the sample world of appsettings.json's SampleWorld section.", Sample);

    public Option<string> Out { get; } = CliOption.Text("--out", "folder",
        "Where the model files go (relative paths are taken from the repository root).", "models");

    public Option<string> FileName { get; } = CliOption.Text("--name", "name",
        "File name prefix (encoder: encoder.onnx, encoder.vocab.txt, encoder.json).", "encoder");

    public Option<int> Epochs { get; } = CliOption.Integer("--epochs", "n", "Encoder training epochs.", 6, minimum: 1);

    public Option<int?> Seed { get; } = CliOption.OptionalInteger("--seed", "n", "Seed of the sample world (default: SampleWorld:Seed, 42).");

    private readonly Func<IConfiguration> _configuration;

    public TrainCommand(Func<IConfiguration> configuration)
        : base(Verb, "Train ALS and the text encoder; write models/encoder.*.")
    {
        _configuration = configuration;
        foreach (var option in (Option[])[Dataset, Out, FileName, Epochs, Seed]) Options.Add(option);
        SetAction(parse =>
        {
            var stderr = parse.InvocationConfiguration.Error;
            try
            {
                return Train(parse.GetRequiredValue(Dataset), parse.GetRequiredValue(Out), parse.GetRequiredValue(FileName),
                    parse.GetValue(Epochs), parse.GetValue(Seed), parse.InvocationConfiguration.Output);
            }
            catch (OptionsValidationException ex)
            {
                stderr.WriteLine($"{Verb}: {string.Join(" ", ex.Failures)}");
                return CommandLine.FailureExitCode;
            }
            catch (Exception ex) when (ex is ImportException or IOException or InvalidOperationException or ArgumentException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"{Verb}: {ex.Message}");
                return CommandLine.FailureExitCode;
            }
        });
    }

    private int Train(string dataset, string output, string name, int epochs, int? seed, TextWriter stdout)
    {
        var clock = Stopwatch.StartNew();
        Dataset data = dataset == Sample
            ? SampleWorld.Generate(SampleOptions(seed)).Dataset
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

    private SampleWorldOptions SampleOptions(int? seed)
    {
        var options = CliServices.SampleWorld(_configuration());
        return seed is { } value ? options with { Seed = value } : options;
    }
}
