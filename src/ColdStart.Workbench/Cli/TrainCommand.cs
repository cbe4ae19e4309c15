using System.CommandLine;
using System.Diagnostics;
using ColdStart.Data.Import;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Collaborative;
using ColdStart.Engine.Text;
using ColdStart.Engine.Text.Adapters;
using ColdStart.Engine.Text.Caching;
using ColdStart.Engine.Training;
using ColdStart.Engine.World;
using ColdStart.Workbench.Hosting;
using ColdStart.Workbench.Modeling;
using ColdStart.Workbench.Options;
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

    public Option<string?> Adapter { get; } = CliOption.Create<string?>("--adapter", "minilm|arctic-xs",
        "Instead of the project encoder: train an adapter on this pretrained encoder (kept frozen) toward the dataset's ALS vectors and " +
        "write it beside the model, models/pretrained/<name>/adapters/<workspace>-<hash>.onnx; a workspace uses it when its encoder is '<name>+adapter'.",
        text => ColdStart.Pretrained.PretrainedModels.Find(text) is not null
            ? (text, null)
            : (text, $"--adapter must name a pretrained encoder ({string.Join(", ", ColdStart.Pretrained.PretrainedModels.All.Select(m => m.Key))}), got '{text}'."));

    public Option<string> Workspace { get; } = CliOption.Text("--workspace", "name",
        "With --adapter: the workspace whose adapter this is (its file name); train on that workspace's data with --dataset.", ColdStart.Data.WorkspaceKinds.DefaultWorkspace);

    public Option<int?> Seed { get; } = CliOption.OptionalInteger("--seed", "n", "Seed of the sample world (default: SampleWorld:Seed, 42).");

    private readonly Func<IConfiguration> _configuration;

    public TrainCommand(Func<IConfiguration> configuration)
        : base(Verb, "Train ALS and the text encoder; write models/encoder.*.")
    {
        _configuration = configuration;
        foreach (var option in (Option[])[Dataset, Out, FileName, Epochs, Adapter, Workspace, Seed]) Options.Add(option);
        SetAction(parse =>
        {
            var stderr = parse.InvocationConfiguration.Error;
            try
            {
                if (parse.GetValue(Adapter) is { } adapter)
                {
                    return TrainAdapter(parse.GetRequiredValue(Dataset), adapter, parse.GetRequiredValue(Workspace), parse.GetValue(Seed),
                        parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
                }

                return Train(parse.GetRequiredValue(Dataset), parse.GetRequiredValue(Out), parse.GetRequiredValue(FileName),
                    parse.GetValue(Epochs), parse.GetValue(Seed), parse.InvocationConfiguration.Output);
            }
            catch (OptionsValidationException ex)
            {
                stderr.WriteLine($"{Verb}: {string.Join(" ", ex.Failures)}");
                return CommandLine.FailureExitCode;
            }
            catch (Exception ex) when (ex is ImportException or IOException or InvalidOperationException or ArgumentException or UnauthorizedAccessException
                                           or InvalidDataException or ColdStart.Data.DatabaseUnavailableException)
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

    /// <summary>
    /// <c>train --adapter minilm</c>: ALS on the dataset, the pretrained encoder's vectors of the item and user texts (from
    /// the app's embedding cache when its database exists), an adapter trained toward the ALS vectors, written atomically.
    /// </summary>
    private int TrainAdapter(string dataset, string key, string workspace, int? seed, TextWriter stdout, TextWriter stderr)
    {
        var clock = Stopwatch.StartNew();
        var configuration = _configuration();
        var root = RepositoryRoot.Find();
        var modelOptions = configuration.GetSection(ModelOptions.SectionName).Get<ModelOptions>() ?? new ModelOptions();
        // Checks the extracted model first: a missing or altered file is named with the package to restore, before any training.
        var loading = EncoderChoice.OptionsFor(modelOptions, root, key) with { ExecutionProvider = "cpu" };
        Dataset data = dataset == Sample
            ? SampleWorld.Generate(SampleOptions(seed)).Dataset
            : DatasetImporter.Import(dataset, ImportOptions.Default);
        stdout.WriteLine($"Dataset '{data.Name}': {data.Items.Count:N0} items, {data.Users.Count:N0} users, {data.Events.Count:N0} events.");
        var (store, where) = CliServices.EmbeddingCacheAsync(configuration, CancellationToken.None).GetAwaiter().GetResult();
        using var onnx = OnnxTextEncoder.Create(loading);
        var encoder = new CachingTextEncoder(onnx, EncoderFingerprint.Compute(loading, onnx.Dimension), store);
        stderr.WriteLine($"Embeddings of {onnx.ModelName}: {where}.");
        var training = TrainingOptions.Default;
        var matrix = InteractionMatrix.From(data, training.Weights);
        stdout.WriteLine($"  Training weighted ALS on {data.Events.Count:N0} events");
        var als = AlsTrainer.Train(matrix, training.Als, null, CancellationToken.None);
        stdout.WriteLine($"  Encoding texts with {onnx.ModelName} (~60 texts/s on 2 CPU cores when not cached) and training the adapter");
        var (weights, pairs) = ModelTraining.TrainAdapter(data, matrix, als, encoder);
        var path = EncoderChoice.AdapterPath(loading.ModelPath, workspace);
        AdapterFiles.Write(path, weights.WithBaseShare(AdapterTrainer.DefaultBaseShare), onnx.ModelName, pairs);
        var encoded = encoder.Statistics;
        stdout.WriteLine($"Wrote {path}");
        stdout.WriteLine($"  {weights.Input} → {weights.Dimension} (+ the base vector at share {AdapterTrainer.DefaultBaseShare}), {pairs:N0} training texts ({encoded.Encoded:N0} encoded, {encoded.Hits:N0} from the cache), " +
            $"loss {weights.EpochLosses[0]:0.###} → {weights.EpochLosses[^1]:0.###}; choose '{key}{EncoderChoice.AdapterSuffix}' as the encoder of workspace '{workspace}' to use it.");
        stdout.WriteLine($"Done in {clock.Elapsed.TotalSeconds:0.0} s.");
        return 0;
    }

    private SampleWorldOptions SampleOptions(int? seed)
    {
        var options = CliServices.SampleWorld(_configuration());
        return seed is { } value ? options with { Seed = value } : options;
    }
}
