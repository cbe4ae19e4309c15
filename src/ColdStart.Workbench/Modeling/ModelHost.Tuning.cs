using ColdStart.Engine.Domain;
using ColdStart.Engine.Text;
using ColdStart.Engine.Training;

namespace ColdStart.Workbench.Modeling;

public sealed partial class ModelHost
{
    /// <inheritdoc/>
    /// <remarks>The encoder returned is kept until the host is disposed (tuning runs beside the models, which may be unloaded meanwhile).</remarks>
    public async Task<ITextEncoder> EncoderForAsync(string workspace, Dataset data, IProgress<string>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (LiveEncoder(workspace) is { } live) return live;
        var work = WorkFor(workspace);
        await work.WaitAsync(ct); // a model build may be writing this workspace's encoder
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
            var encoder = LoadEncoder(paths.Model, paths.Vocab, null);
            // An adapter choice tunes with its adapter once one was trained (a model build trains it), else with the base encoder.
            return EncoderChoice.BaseOf(chosen ?? options.Value.Encoder) is not null && EncoderChoice.AdapterPath(paths.Model, workspace) is var adapter && File.Exists(adapter)
                ? LoadAdapted(encoder, adapter, null)
                : encoder;
        }
        finally
        {
            work.Release();
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
            return LoadEncoder(model, vocab, null);
        }, ct);
    }

    /// <inheritdoc/>
    /// <remarks>Applies to the workspace's model when it is loaded; one loaded later is built with the tuned settings anyway.</remarks>
    public Task ApplyTuningAsync(string workspace, CancellationToken ct) =>
        Find(workspace) is WorkspaceModel model ? model.ApplyTuningAsync(ct) : Task.CompletedTask;

    /// <summary>The encoder of <paramref name="workspace"/>'s live snapshot, marked as kept, or null while it has none.</summary>
    private ITextEncoder? LiveEncoder(string workspace)
    {
        lock (_gate)
        {
            if (_models.GetValueOrDefault(workspace)?.Current?.Encoder is not { } encoder) return null;
            foreach (var loaded in _encoders)
                if (ReferenceEquals(loaded.Encoder, encoder)) loaded.Kept = true;
            return encoder;
        }
    }
}
