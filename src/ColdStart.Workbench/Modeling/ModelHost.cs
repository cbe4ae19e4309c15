using ColdStart.Data.Seeding;
using ColdStart.Data.Storage;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Text;
using ColdStart.Engine.Text.Caching;
using ColdStart.Engine.Training;
using ColdStart.Workbench.Options;
using Microsoft.Extensions.Options;

namespace ColdStart.Workbench.Modeling;

/// <summary>
/// Owns the live <see cref="ModelSnapshot"/> of the active workspace (at start, the one saved by
/// <see cref="ColdStart.Data.Stores.ActiveWorkspaceFile"/>, else the default). At start it waits for the sample data, loads the
/// dataset, loads the ONNX encoder from <c>models/</c> (training and writing it first when the files are missing) and
/// builds a snapshot. Retraining and re-encoding run in the background; the new snapshot is swapped in by reference, so
/// readers always see a complete one. Tag edits replace single items at once. A workspace whose Auto strategy was tuned
/// gets the tuned popularity half-life and neighbour settings (see <see cref="TunedTraining"/>). With an
/// <see cref="IEmbeddingStore"/>, every loaded encoder is wrapped in a <see cref="CachingTextEncoder"/>, so a restart or a
/// workspace switch re-encodes only texts that this very encoder has never seen. Each workspace may choose its own
/// encoder (<see cref="ColdStart.Data.Stores.WorkspaceStore.GetEncoderAsync"/>); without a choice, <c>Models:Encoder</c> serves.
/// </summary>
public sealed partial class ModelHost(
    SeedingStatus seeding, WorldStore store, IOptions<ModelOptions> options, IHostEnvironment environment,
    ILogger<ModelHost> logger, ColdStart.Data.Stores.ActiveWorkspaceFile? activeWorkspace = null,
    ColdStart.Data.Stores.StrategyStore? strategies = null, IEmbeddingStore? embeddings = null,
    ColdStart.Data.Stores.WorkspaceStore? workspaces = null) : BackgroundService, ILiveModel, ITunableModel, IEncoderLoader
{
    private readonly Lock _swap = new();
    private readonly SemaphoreSlim _work = new(1, 1);
    private readonly List<ITextEncoder> _encoders = [];
    private readonly Dictionary<string, (DateTime Written, ITextEncoder Encoder)> _loaded = new(StringComparer.Ordinal);
    private volatile ModelSnapshot? _current;
    private volatile ModelStatus _status = new(ModelState.Waiting, "Waiting for the sample data…");

    /// <summary>Raised after the snapshot or the status changes (on a background thread).</summary>
    public event Action? Changed;

    public ModelSnapshot? Current => _current;
    public ModelStatus Status => _status;
    public string Workspace { get; private set; } = activeWorkspace?.Read() ?? ColdStart.Data.WorkspaceKinds.DefaultWorkspace;

    /// <summary>"CPU" or "CUDA" once an encoder is loaded, else null.</summary>
    public string? ExecutionProvider => _current?.Encoder.ExecutionProvider;

    /// <inheritdoc/>
    public bool TryUpdateItem(Item item)
    {
        lock (_swap)
        {
            if (_current is not { } current) return false;
            _current = current.WithItem(item);
        }
        Changed?.Invoke();
        return true;
    }

    /// <inheritdoc/>
    public bool TryCommit(ModelSnapshot basis, ModelSnapshot candidate)
    {
        ArgumentNullException.ThrowIfNull(basis);
        ArgumentNullException.ThrowIfNull(candidate);
        lock (_swap)
        {
            if (!ReferenceEquals(_current, basis)) return false;
            _current = candidate;
        }
        Changed?.Invoke();
        return true;
    }

    /// <summary>Rebuilds the snapshot from the store (ALS, priors, re-encoding the catalog) in the background.</summary>
    public Task RebuildAsync(CancellationToken ct = default) => RunAsync(retrainEncoder: false, Workspace, ct);

    /// <summary>Retrains the active workspace's text encoder (models/ for the default, beside the database for imports), writes it, and rebuilds the snapshot.</summary>
    public Task RetrainEncoderAsync(CancellationToken ct = default) => RunAsync(retrainEncoder: true, Workspace, ct);

    /// <summary>Makes another stored workspace the active one, or rebuilds the active one (e.g. after its encoder was chosen).</summary>
    public Task SwitchWorkspaceAsync(string workspace, CancellationToken ct = default) => RunAsync(retrainEncoder: false, workspace, ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (seeding.Current.State == SeedingState.Preparing && !stoppingToken.IsCancellationRequested)
            await Task.Delay(250, stoppingToken);
        if (seeding.Current.State == SeedingState.Failed)
        {
            SetStatus(new(ModelState.Failed, "The sample data could not be prepared; see the home page."));
            return;
        }
        if (activeWorkspace is not null) Workspace = await activeWorkspace.ResolveAsync(stoppingToken);
        await RunAsync(retrainEncoder: false, Workspace, stoppingToken);
    }

    public override void Dispose()
    {
        base.Dispose();
        foreach (var encoder in _encoders) encoder.Dispose();
        _work.Dispose();
    }

    private void SetStatus(ModelStatus status)
    {
        _status = status;
        Changed?.Invoke();
    }
}
