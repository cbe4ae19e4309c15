using System.Diagnostics;
using ColdStart.Engine.Collaborative;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Text;
using ColdStart.Engine.Text.Adapters;
using ColdStart.Engine.Text.Caching;
using ColdStart.Engine.Training;

namespace ColdStart.Workbench.Modeling;

public sealed partial class ModelHost
{
    private async Task RunAsync(bool retrainEncoder, string workspace, CancellationToken ct)
    {
        await _work.WaitAsync(ct);
        try
        {
            await Task.Run(() => BuildAsync(retrainEncoder, workspace, ct), ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            SetStatus(new(_current is null ? ModelState.Failed : ModelState.Ready, "Model work was cancelled."));
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Building the model for workspace {Workspace} failed", workspace);
            var kept = _current is null ? "" : $" The previous model (workspace '{Workspace}') is still served.";
            SetStatus(new(ModelState.Failed, $"Building the model for workspace '{workspace}' failed: {ex.Message}{kept}"));
        }
        finally
        {
            _work.Release();
        }
    }

    private async Task BuildAsync(bool retrainEncoder, string workspace, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        SetStatus(new(ModelState.Working, $"Loading workspace '{workspace}'…", 5));
        var data = await store.LoadDatasetAsync(workspace, ct);
        var training = await TunedTraining.ForAsync(strategies, workspace, logger, ct);
        var chosen = workspaces is null ? null : await workspaces.GetEncoderAsync(workspace, ct);
        var paths = EncoderPaths(workspace, chosen);
        string? adapter = EncoderChoice.BaseOf(chosen ?? options.Value.Encoder) is null ? null : EncoderChoice.AdapterPath(paths.Model, workspace);
        CollaborativeModel? trained = null;
        if ((retrainEncoder && adapter is null) || !File.Exists(paths.Model) || !File.Exists(paths.Vocab))
        {
            if (!IsProjectEncoder(paths))
                throw new FileNotFoundException(
                    $"The configured encoder is missing: {paths.Model} / {paths.Vocab}. Put the model files there, or point Models:EncoderModel and Models:EncoderVocab at the project encoder (models/encoder.onnx and models/encoder.vocab.txt) and it is trained on first use.");
            trained = TrainEncoder(data, training, paths, retrainEncoder, ct);
        }
        SetStatus(new(ModelState.Working, "Loading the text encoder…", 60));
        var encoder = LoadEncoder(paths.Model, paths.Vocab);
        if (adapter is not null)
        {
            if (retrainEncoder || !File.Exists(adapter)) trained = TrainAdapter(data, training, encoder, adapter, ct);
            encoder = LoadAdapted(encoder, adapter);
        }
        var progress = new InlineProgress<string>(m => SetStatus(new(ModelState.Working, m, 75)));
        var cacheBefore = (encoder as CachingTextEncoder)?.Statistics;
        var snapshot = SnapshotBuilder.Build(data, encoder, training, progress, trained, ct);
        LogEncoding(workspace, encoder, cacheBefore);
        lock (_swap)
        {
            _current = snapshot;
            Workspace = workspace;
        }
        logger.LogInformation("Model for {Workspace} ready in {Seconds:0.0} s ({Provider}, {Items} items)",
            workspace, clock.Elapsed.TotalSeconds, encoder.ExecutionProvider, data.Items.Count);
        SetStatus(new(ModelState.Ready, $"Model ready: {data.Items.Count:N0} items, encoder on {encoder.ExecutionProvider}, built in {clock.Elapsed.TotalSeconds:0.0} s."));
    }

    /// <summary>One line per build: how many texts the encoder ran on, how many came from the embedding cache, and the encoder's speed.</summary>
    private void LogEncoding(string workspace, ITextEncoder encoder, EmbeddingCacheStatistics? before)
    {
        if (encoder is not CachingTextEncoder cached || before is null)
        {
            logger.LogInformation("Texts of {Workspace} encoded without the embedding cache", workspace);
            return;
        }
        var build = cached.Statistics.Since(before);
        logger.LogInformation(
            "Embeddings for {Workspace}: {Encoded} texts encoded, {Hits} cache hits, {Rate} texts/s, {StoreSeconds:0.00} s in the cache ({Model}, encoder {Fingerprint})",
            workspace, build.Encoded, build.Hits, build.TextsPerSecond is { } rate ? rate.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) : "-",
            build.StoreTime.TotalSeconds, encoder.ModelName, cached.Fingerprint[..12]);
    }

    private CollaborativeModel TrainEncoder(Dataset data, TrainingOptions training, (string Model, string Vocab, string Directory, string Name) paths, bool requested, CancellationToken ct)
    {
        string why = requested ? "Retraining the text encoder" : $"No encoder at {paths.Model}: training one";
        logger.LogInformation("{Why} on {Events} events", why, data.Events.Count);
        SetStatus(new(ModelState.Working, $"{why}…", 10));
        Directory.CreateDirectory(paths.Directory);
        var progress = new InlineProgress<string>(m => SetStatus(new(ModelState.Working, m, 30)));
        return ModelTraining.Train(data, training, new EncoderTrainingOptions(), paths.Directory, paths.Name, progress, ct).Collaborative;
    }

    /// <summary>
    /// Trains ALS and an adapter on <paramref name="baseEncoder"/> (its vectors from the embedding cache) and writes it to
    /// <paramref name="path"/>; returns the ALS model, which the snapshot then reuses.
    /// </summary>
    private CollaborativeModel TrainAdapter(Dataset data, TrainingOptions training, ITextEncoder baseEncoder, string path, CancellationToken ct)
    {
        logger.LogInformation("Training an adapter on {Encoder} for {Path}", baseEncoder.ModelName, path);
        SetStatus(new(ModelState.Working, $"Training ALS for the {baseEncoder.ModelName} adapter…", 30));
        var matrix = InteractionMatrix.From(data, training.Weights);
        var als = AlsTrainer.Train(matrix, training.Als, null, ct);
        SetStatus(new(ModelState.Working, $"Encoding the texts with {baseEncoder.ModelName} and training its adapter…", 40));
        var progress = new InlineProgress<double>(p => SetStatus(new(ModelState.Working, $"Training the {baseEncoder.ModelName} adapter: {p:P0}", 40 + (int)(20 * p))));
        var (weights, pairs) = ModelTraining.TrainAdapter(data, matrix, als, baseEncoder, progress: progress, ct: ct);
        AdapterFiles.Write(path, weights.WithBaseShare(AdapterTrainer.DefaultBaseShare), baseEncoder.ModelName, pairs);
        logger.LogInformation("Adapter on {Encoder} trained on {Pairs} texts, final loss {Loss:0.###}: {Path}", baseEncoder.ModelName, pairs, weights.EpochLosses[^1], path);
        return als;
    }

    /// <summary>The base encoder plus the adapter at <paramref name="path"/>, reused while the file is unchanged; the base stays shared (and cached).</summary>
    private ITextEncoder LoadAdapted(ITextEncoder baseEncoder, string path)
    {
        var written = File.GetLastWriteTimeUtc(path);
        lock (_swap)
        {
            if (_loaded.TryGetValue(path, out var known) && known.Written == written) return known.Encoder;
        }
        var adapted = AdaptedTextEncoder.Load(baseEncoder, path);
        logger.LogInformation("Text encoder {Encoder} loaded with the adapter {Path}", adapted.ModelName, path);
        lock (_swap)
        {
            _encoders.Add(adapted);
            _loaded[path] = (written, adapted);
        }
        return adapted;
    }

    /// <summary>True when the configured files are the ones <see cref="ModelTraining"/> writes, so they can be (re)trained here.</summary>
    private static bool IsProjectEncoder((string Model, string Vocab, string Directory, string Name) paths) =>
        string.Equals(paths.Vocab, EncoderFiles.VocabPath(paths.Directory, paths.Name), StringComparison.Ordinal);

    /// <summary>
    /// The workspace's encoder (its stored choice, else <c>Models:Encoder</c>; see <see cref="EncoderChoice"/>) for the
    /// default workspace, and for every workspace when it is a pretrained or drop-in model; with the project encoder, an
    /// imported workspace gets its own, trained on first use (see <see cref="WorkspaceEncoders"/>).
    /// </summary>
    private (string Model, string Vocab, string Directory, string Name) EncoderPaths(string workspace, string? chosen)
    {
        if (chosen is not null) logger.LogInformation("Workspace {Workspace} uses the encoder it chose: {Encoder}", workspace, chosen);
        var configured = EncoderChoice.Paths(options.Value, environment.ContentRootPath, chosen);
        if (workspace == ColdStart.Data.WorkspaceKinds.DefaultWorkspace || activeWorkspace is null || !IsProjectEncoder(configured))
            return configured;
        string folder = WorkspaceEncoders.Folder(Path.GetDirectoryName(activeWorkspace.Path)!, workspace);
        return (EncoderFiles.ModelPath(folder, configured.Name), EncoderFiles.VocabPath(folder, configured.Name), folder, configured.Name);
    }

    /// <summary>
    /// The loaded encoder for these files, reused while the model file is unchanged (switching back and forth loads
    /// nothing); behind the embedding cache when there is one, its fingerprint computed once here.
    /// </summary>
    private ITextEncoder LoadEncoder(string model, string vocab)
    {
        var written = File.GetLastWriteTimeUtc(model);
        lock (_swap)
        {
            if (_loaded.TryGetValue(model, out var known) && known.Written == written) return known.Encoder;
        }
        var encoderOptions = EncoderChoice.LoadOptions(model, vocab, options.Value, environment.ContentRootPath);
        var onnx = OnnxTextEncoder.Create(encoderOptions);
        logger.LogInformation("Text encoder {Encoder} loaded from {Model} on {Provider}", onnx.ModelName, model, onnx.ProviderNote);
        ITextEncoder encoder = onnx;
        if (embeddings is not null)
        {
            var fingerprint = EncoderFingerprint.Compute(encoderOptions, encoder.Dimension);
            encoder = new CachingTextEncoder(encoder, fingerprint, embeddings);
        }
        lock (_swap)
        {
            // A replaced encoder may still serve a snapshot that a page holds, so it is only disposed with the host.
            _encoders.Add(encoder);
            _loaded[model] = (written, encoder);
        }
        return encoder;
    }
}
