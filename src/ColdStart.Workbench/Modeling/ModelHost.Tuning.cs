using ColdStart.Engine.Domain;
using ColdStart.Engine.Text;
using ColdStart.Engine.Training;

namespace ColdStart.Workbench.Modeling;

public sealed partial class ModelHost
{
    /// <inheritdoc/>
    public async Task<ITextEncoder> EncoderForAsync(string workspace, Dataset data, IProgress<string>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (LiveEncoder(workspace) is { } live) return live;
        await _work.WaitAsync(ct); // a model build may be writing this workspace's encoder
        try
        {
            if (LiveEncoder(workspace) is { } built) return built;
            var chosen = workspaces is null ? null : await workspaces.GetEncoderAsync(workspace, ct);
            var paths = EncoderPaths(workspace, chosen);
            if (!File.Exists(paths.Model) || !File.Exists(paths.Vocab))
            {
                if (!IsProjectEncoder(paths))
                    throw new FileNotFoundException($"The configured encoder is missing: {paths.Model} / {paths.Vocab}.");
                logger.LogInformation("No encoder at {Model}: training one for workspace {Workspace}", paths.Model, workspace);
                progress?.Report($"Training the text encoder of '{workspace}'…");
                Directory.CreateDirectory(paths.Directory);
                var training = await TunedTraining.ForAsync(strategies, workspace, logger, ct);
                await Task.Run(() => ModelTraining.Train(data, training, new EncoderTrainingOptions(), paths.Directory, paths.Name, progress, ct), ct);
            }
            var encoder = LoadEncoder(paths.Model, paths.Vocab);
            // An adapter choice tunes with its adapter once one was trained (a model build trains it), else with the base encoder.
            return EncoderChoice.BaseOf(chosen ?? options.Value.Encoder) is not null && EncoderChoice.AdapterPath(paths.Model, workspace) is var adapter && File.Exists(adapter)
                ? LoadAdapted(encoder, adapter)
                : encoder;
        }
        finally
        {
            _work.Release();
        }
    }

    /// <inheritdoc/>
    /// <remarks>
    /// The same loaded encoder (and embedding cache) as a workspace that chose it; nothing is trained here. An adapter
    /// choice (<c>minilm+adapter</c>) gives its base encoder: a benchmark trains the adapter per fold itself.
    /// </remarks>
    public Task<ITextEncoder> LoadAsync(string choice, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(choice);
        return Task.Run(() =>
        {
            var (model, vocab, _, _) = EncoderChoice.Paths(options.Value, environment.ContentRootPath, choice);
            return LoadEncoder(model, vocab);
        }, ct);
    }

    /// <inheritdoc/>
    /// <remarks>The live snapshot's priors and neighbours are rebuilt (and its collaborative model retrained when the tuned ALS settings differ; items are not re-encoded) and swapped in; tag edits made meanwhile are kept.</remarks>
    public async Task ApplyTuningAsync(string workspace, CancellationToken ct)
    {
        if (workspace != Workspace || _current is null) return;
        await _work.WaitAsync(ct);
        try
        {
            if (workspace != Workspace || _current is not { } current) return;
            var training = await TunedTraining.ForAsync(strategies, workspace, logger, ct);
            if (SameTuning(current.Options, training)) return;
            SetStatus(new(ModelState.Working, current.Options.Als == training.Als
                ? "Applying the tuned popularity half-life and neighbours…"
                : "Retraining the collaborative model with the tuned ALS settings…", 90));
            try
            {
                await SwapRebuiltAsync(current, training, ct);
                logger.LogInformation("Model for {Workspace} now uses the tuned settings (half-life {HalfLife} days; neighbours: {Neighbours}; ALS {Factors} factors, λ {Lambda})",
                    workspace, training.PopularityHalfLifeDays, training.EffectiveNeighbours, training.Als.Factors, training.Als.Regularization);
                SetStatus(new(ModelState.Ready, "Model ready with the tuned settings."));
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Applying the tuned settings to the model of {Workspace} failed", workspace);
                SetStatus(new(ModelState.Ready, $"The tuned settings could not be applied ({ex.Message}); the model keeps its previous ones until it is rebuilt."));
                if (ex is OperationCanceledException) throw;
            }
        }
        finally
        {
            _work.Release();
        }
    }

    /// <summary>Rebuilds the priors and neighbours of <paramref name="current"/> and swaps the result in, again from the newer snapshot when an item was edited meanwhile.</summary>
    private async Task SwapRebuiltAsync(ModelSnapshot current, TrainingOptions training, CancellationToken ct)
    {
        while (true)
        {
            var rebuilt = await Task.Run(() => SnapshotBuilder.Rebuild(current, training, ct), ct);
            lock (_swap)
            {
                if (ReferenceEquals(_current, current))
                {
                    _current = rebuilt;
                    return;
                }
                current = _current!;
            }
        }
    }

    private ITextEncoder? LiveEncoder(string workspace)
    {
        lock (_swap) return workspace == Workspace && _current is { } current ? current.Encoder : null;
    }

    private static bool SameTuning(TrainingOptions a, TrainingOptions b) =>
        a.PopularityHalfLifeDays.Equals(b.PopularityHalfLifeDays) && a.EffectiveNeighbours == b.EffectiveNeighbours && a.Als == b.Als;
}
