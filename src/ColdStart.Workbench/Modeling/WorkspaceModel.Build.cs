using System.Diagnostics;
using ColdStart.Engine.Collaborative;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Text;
using ColdStart.Engine.Text.Adapters;
using ColdStart.Engine.Text.Caching;
using ColdStart.Engine.Training;

namespace ColdStart.Workbench.Modeling;

public sealed partial class WorkspaceModel
{
    private async Task RunAsync(bool retrainEncoder, CancellationToken cancellation)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellation, _life.Token);
        var ct = linked.Token;
        var work = _host.WorkFor(Workspace);
        try
        {
            if (!await _host.WaitForSeedingAsync(this, ct)) return;
            await work.WaitAsync(ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            if (!_life.IsCancellationRequested) SetStatus(new(_current is null ? ModelState.Failed : ModelState.Ready, "Model work was cancelled."));
            return;
        }
        try
        {
            await Task.Run(() => BuildAsync(retrainEncoder, Workspace, ct), ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            if (!_life.IsCancellationRequested) SetStatus(new(_current is null ? ModelState.Failed : ModelState.Ready, "Model work was cancelled."));
        }
        catch (Exception ex)
        {
            _host.Logger.LogError(ex, "Building the model for workspace {Workspace} failed", Workspace);
            var kept = _current is null ? "" : $" The previous model (workspace '{Workspace}') is still served.";
            SetStatus(new(ModelState.Failed, $"Building the model for workspace '{Workspace}' failed: {ex.Message}{kept}"));
        }
        finally
        {
            Building = null;
            work.Release();
            _host.DisposeUnusedEncoders();
        }
    }

    private async Task BuildAsync(bool retrainEncoder, string workspace, CancellationToken ct)
    {
        var (store, strategies, workspaces, options) = (_host.Store, _host.Strategies, _host.Workspaces, _host.Options);
        var clock = Stopwatch.StartNew();
        SetStatus(new(ModelState.Working, $"Loading workspace '{workspace}'…", 5));
        var data = await store.LoadDatasetAsync(workspace, ct);
        var training = await TunedTraining.ForAsync(strategies, workspace, _host.Logger, ct);
        var chosen = workspaces is null ? null : await workspaces.GetEncoderAsync(workspace, ct);
        var paths = _host.EncoderPaths(workspace, chosen);
        string? adapter = EncoderChoice.BaseOf(chosen ?? options.Encoder) is null ? null : EncoderChoice.AdapterPath(paths.Model, workspace);
        CollaborativeModel? trained = null;
        if ((retrainEncoder && adapter is null) || !File.Exists(paths.Model) || !File.Exists(paths.Vocab))
        {
            if (!ModelHost.IsProjectEncoder(paths))
                throw new FileNotFoundException(
                    $"The configured encoder is missing: {paths.Model} / {paths.Vocab}. Put the model files there, or point Models:EncoderModel and Models:EncoderVocab at the project encoder (models/encoder.onnx and models/encoder.vocab.txt) and it is trained on first use.");
            trained = TrainEncoder(data, training, paths, retrainEncoder, ct);
        }
        SetStatus(new(ModelState.Working, "Loading the text encoder…", 60));
        var encoder = _host.LoadEncoder(paths.Model, paths.Vocab, this);
        if (adapter is not null)
        {
            if (retrainEncoder || !File.Exists(adapter)) trained = TrainAdapter(data, training, encoder, adapter, ct);
            encoder = _host.LoadAdapted(encoder, adapter, this);
        }
        var progress = new InlineProgress<string>(m => SetStatus(new(ModelState.Working, m, 75)));
        var cacheBefore = (encoder as CachingTextEncoder)?.Statistics;
        var snapshot = SnapshotBuilder.Build(data, encoder, training, progress, trained, ct);
        LogEncoding(workspace, encoder, cacheBefore);
        ct.ThrowIfCancellationRequested(); // unloaded meanwhile: swap nothing in
        lock (_swap) _current = snapshot;
        _host.Logger.LogInformation("Model for {Workspace} ready in {Seconds:0.0} s ({Provider}, {Items} items)",
            workspace, clock.Elapsed.TotalSeconds, encoder.ExecutionProvider, data.Items.Count);
        SetStatus(new(ModelState.Ready, $"Model ready: {data.Items.Count:N0} items, encoder on {encoder.ExecutionProvider}, built in {clock.Elapsed.TotalSeconds:0.0} s."));
    }

    /// <summary>One line per build: how many texts the encoder ran on, how many came from the embedding cache, and the encoder's speed.</summary>
    private void LogEncoding(string workspace, ITextEncoder encoder, EmbeddingCacheStatistics? before)
    {
        if (encoder is not CachingTextEncoder cached || before is null)
        {
            _host.Logger.LogInformation("Texts of {Workspace} encoded without the embedding cache", workspace);
            return;
        }
        var build = cached.Statistics.Since(before);
        _host.Logger.LogInformation(
            "Embeddings for {Workspace}: {Encoded} texts encoded, {Hits} cache hits, {Rate} texts/s, {StoreSeconds:0.00} s in the cache ({Model}, encoder {Fingerprint})",
            workspace, build.Encoded, build.Hits, build.TextsPerSecond is { } rate ? rate.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) : "-",
            build.StoreTime.TotalSeconds, encoder.ModelName, cached.Fingerprint[..12]);
    }

    private CollaborativeModel TrainEncoder(Dataset data, TrainingOptions training, (string Model, string Vocab, string Directory, string Name) paths, bool requested, CancellationToken ct)
    {
        string why = requested ? "Retraining the text encoder" : $"No encoder at {paths.Model}: training one";
        _host.Logger.LogInformation("{Why} on {Events} events", why, data.Events.Count);
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
        _host.Logger.LogInformation("Training an adapter on {Encoder} for {Path}", baseEncoder.ModelName, path);
        SetStatus(new(ModelState.Working, $"Training ALS for the {baseEncoder.ModelName} adapter…", 30));
        var matrix = InteractionMatrix.From(data, training.Weights);
        var als = AlsTrainer.Train(matrix, training.Als, null, ct);
        SetStatus(new(ModelState.Working, $"Encoding the texts with {baseEncoder.ModelName} and training its adapter…", 40));
        var progress = new InlineProgress<double>(p => SetStatus(new(ModelState.Working, $"Training the {baseEncoder.ModelName} adapter: {p:P0}", 40 + (int)(20 * p))));
        var (weights, pairs) = ModelTraining.TrainAdapter(data, matrix, als, baseEncoder, progress: progress, ct: ct);
        AdapterFiles.Write(path, weights.WithBaseShare(AdapterTrainer.DefaultBaseShare), baseEncoder.ModelName, pairs);
        _host.Logger.LogInformation("Adapter on {Encoder} trained on {Pairs} texts, final loss {Loss:0.###}: {Path}", baseEncoder.ModelName, pairs, weights.EpochLosses[^1], path);
        return als;
    }
}
