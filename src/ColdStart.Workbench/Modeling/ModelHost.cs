using ColdStart.Data.Seeding;
using ColdStart.Data.Storage;
using ColdStart.Engine.Text.Caching;
using ColdStart.Workbench.Options;
using Microsoft.Extensions.Options;

namespace ColdStart.Workbench.Modeling;

/// <summary>
/// The registry of live models (<see cref="ILiveModels"/>): one <see cref="WorkspaceModel"/> per workspace in use, each
/// with its own snapshot, status and builds, and the text encoders they share. A workspace's model is built on first
/// demand (at start, the server-wide default's: the one saved by <see cref="ColdStart.Data.Stores.ActiveWorkspaceFile"/>,
/// else the default); at most <see cref="ModelOptions.MaxLoadedWorkspaces"/> stay loaded, the least recently used one
/// that nobody holds is unloaded first. Encoders are loaded once per model file and shared by every workspace that uses
/// that file; one that no loaded model uses any more (its workspace unloaded, or its file retrained and reloaded) is
/// disposed. With an <see cref="IEmbeddingStore"/>, every loaded encoder is wrapped in a <see cref="CachingTextEncoder"/>,
/// so a restart or a newly opened workspace re-encodes only texts that this very encoder has never seen. Each workspace
/// may choose its own encoder (<see cref="ColdStart.Data.Stores.WorkspaceStore.GetEncoderAsync"/>); without a choice,
/// <c>Models:Encoder</c> serves. Tuning (<see cref="ITunableModel"/>) and the free-text benchmark
/// (<see cref="IEncoderLoader"/>) name their workspace or encoder explicitly.
/// </summary>
public sealed partial class ModelHost(
    SeedingStatus seeding, WorldStore store, IOptions<ModelOptions> options, IHostEnvironment environment,
    ILogger<ModelHost> logger, ColdStart.Data.Stores.ActiveWorkspaceFile? activeWorkspace = null,
    ColdStart.Data.Stores.StrategyStore? strategies = null, IEmbeddingStore? embeddings = null,
    ColdStart.Data.Stores.WorkspaceStore? workspaces = null) : BackgroundService, ILiveModels, ITunableModel, IEncoderLoader
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, WorkspaceModel> _models = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SemaphoreSlim> _work = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private long _clock;
    private bool _disposed;

    /// <inheritdoc/>
    public event Action<ILiveModel>? ModelChanged;

    /// <inheritdoc/>
    public string DefaultWorkspace => activeWorkspace?.Read() ?? ColdStart.Data.WorkspaceKinds.DefaultWorkspace;

    /// <inheritdoc/>
    public IReadOnlyList<ILiveModel> Loaded
    {
        get { lock (_gate) return [.. _models.Values]; }
    }

    internal WorldStore Store => store;
    internal ModelOptions Options => options.Value;
    internal ILogger Logger => logger;
    internal ColdStart.Data.Stores.StrategyStore? Strategies => strategies;
    internal ColdStart.Data.Stores.WorkspaceStore? Workspaces => workspaces;

    /// <inheritdoc/>
    public ILiveModel Acquire(string workspace)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workspace);
        WorkspaceModel model;
        bool created = false;
        lock (_gate)
        {
            if (!_models.TryGetValue(workspace, out model!))
            {
                model = new WorkspaceModel(this, workspace, _stopping.Token);
                model.Changed += () => ModelChanged?.Invoke(model);
                _models[workspace] = model;
                created = true;
            }
            model.Holders++;
            model.LastUsed = ++_clock;
        }
        if (created)
        {
            logger.LogInformation("Loading the model of workspace {Workspace}", workspace);
            _ = model.RebuildAsync();
        }
        EvictBeyondLimit();
        return model;
    }

    /// <inheritdoc/>
    public void Release(ILiveModel model)
    {
        if (model is not WorkspaceModel ours) return;
        lock (_gate)
        {
            if (ours.Holders > 0) ours.Holders--;
            ours.LastUsed = ++_clock;
        }
        EvictBeyondLimit();
    }

    /// <inheritdoc/>
    public ILiveModel? Find(string workspace)
    {
        lock (_gate) return _models.GetValueOrDefault(workspace);
    }

    /// <inheritdoc/>
    public void Unload(string workspace, string message)
    {
        WorkspaceModel? model;
        lock (_gate)
        {
            if (_models.Remove(workspace, out model)) logger.LogInformation("Unloaded the model of deleted workspace {Workspace}", workspace);
        }
        model?.Remove(ModelState.Removed, message);
        DisposeUnusedEncoders();
    }

    /// <summary>The lock that one workspace's builds and encoder training take, so they never write its files at once.</summary>
    internal SemaphoreSlim WorkFor(string workspace)
    {
        lock (_gate)
        {
            if (!_work.TryGetValue(workspace, out var work)) _work[workspace] = work = new SemaphoreSlim(1, 1);
            return work;
        }
    }

    /// <summary>Waits until the sample data is ready; false (with the model's status set) when it could not be prepared.</summary>
    internal async Task<bool> WaitForSeedingAsync(WorkspaceModel model, CancellationToken ct)
    {
        while (seeding.Current.State == SeedingState.Preparing)
            await Task.Delay(250, ct);
        if (seeding.Current.State != SeedingState.Failed) return true;
        model.SetStatus(new(ModelState.Failed, "The sample data could not be prepared; see the home page."));
        return false;
    }

    /// <summary>At start, builds the server-wide default's model so that the first visitor finds it ready (not held: it may be unloaded later).</summary>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        string workspace = activeWorkspace is null ? DefaultWorkspace : await ResolveDefaultAsync(stoppingToken);
        Release(Acquire(workspace));
    }

    /// <summary>Cancels the models' builds, then stops.</summary>
    public override Task StopAsync(CancellationToken cancellationToken)
    {
        if (!_disposed) _stopping.Cancel();
        return base.StopAsync(cancellationToken);
    }

    private async Task<string> ResolveDefaultAsync(CancellationToken ct)
    {
        while (seeding.Current.State == SeedingState.Preparing && !ct.IsCancellationRequested)
            await Task.Delay(250, ct);
        return seeding.Current.State == SeedingState.Failed ? DefaultWorkspace : await activeWorkspace!.ResolveAsync(ct);
    }

    /// <summary>Unloads the least recently used models nobody holds until at most <see cref="ModelOptions.MaxLoadedWorkspaces"/> are loaded.</summary>
    private void EvictBeyondLimit()
    {
        var evicted = new List<WorkspaceModel>();
        lock (_gate)
        {
            while (_models.Count > Math.Max(1, options.Value.MaxLoadedWorkspaces))
            {
                var idle = _models.Values.Where(m => m.Holders == 0).MinBy(m => m.LastUsed);
                if (idle is null) break; // every loaded workspace is open somewhere: none is unloaded under someone's feet
                _models.Remove(idle.Workspace);
                evicted.Add(idle);
            }
        }
        if (evicted.Count == 0) return;
        foreach (var model in evicted)
        {
            logger.LogInformation("Unloaded the model of workspace {Workspace} (least recently used; Models:MaxLoadedWorkspaces is {Max})",
                model.Workspace, options.Value.MaxLoadedWorkspaces);
            model.Remove(ModelState.Waiting, $"The model of workspace '{model.Workspace}' was unloaded to free memory.");
        }
        DisposeUnusedEncoders();
    }

    public override void Dispose()
    {
        if (_disposed) return; // registered under several services, so disposed once per service
        _disposed = true;
        base.Dispose();
        _stopping.Cancel();
        lock (_gate)
        {
            foreach (var loaded in _encoders) loaded.Encoder.Dispose();
            _encoders.Clear();
            _loaded.Clear();
            foreach (var work in _work.Values) work.Dispose();
            _work.Clear();
        }
        _stopping.Dispose();
    }
}
