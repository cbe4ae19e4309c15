using ColdStart.Engine.Domain;
using ColdStart.Engine.Text;
using ColdStart.Engine.Training;

namespace ColdStart.Workbench.Modeling;

/// <summary>
/// The live model of one workspace in <see cref="ModelHost"/>: it loads the workspace's dataset, loads its ONNX encoder
/// (training and writing it first when the files are missing) and builds a snapshot. Rebuilds run in the background;
/// the new snapshot is swapped in by reference, so readers always see a complete one. Tag edits replace single items at
/// once. A workspace whose Auto strategy was tuned gets the tuned popularity half-life and neighbour settings (see
/// <see cref="TunedTraining"/>). Everyone working on the workspace shares this one model.
/// </summary>
public sealed partial class WorkspaceModel : ILiveModel
{
    private readonly ModelHost _host;
    private readonly CancellationTokenSource _life;
    private readonly Lock _swap = new();
    private volatile ModelSnapshot? _current;
    private volatile ModelStatus _status = new(ModelState.Waiting, "Waiting for the sample data…");

    internal WorkspaceModel(ModelHost host, string workspace, CancellationToken stopping)
    {
        _host = host;
        Workspace = workspace;
        _life = CancellationTokenSource.CreateLinkedTokenSource(stopping);
    }

    /// <summary>Raised after the snapshot or the status changes (on a background thread).</summary>
    public event Action? Changed;

    public ModelSnapshot? Current => _current;
    public ModelStatus Status => _status;
    public string Workspace { get; }

    /// <summary>"CPU" or "CUDA" once an encoder is loaded, else null.</summary>
    public string? ExecutionProvider => _current?.Encoder.ExecutionProvider;

    /// <summary>How many circuits and requests hold this model (<see cref="ModelHost.Acquire"/>); guarded by the host.</summary>
    internal int Holders { get; set; }

    /// <summary>When it was last acquired or released, on the host's clock; guarded by the host.</summary>
    internal long LastUsed { get; set; }

    /// <summary>The encoder a build running now has loaded, kept from disposal until the build ends.</summary>
    internal ITextEncoder? Building { get; set; }

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
    public Task RebuildAsync(CancellationToken ct = default) => RunAsync(retrainEncoder: false, ct);

    /// <summary>Retrains the workspace's text encoder (models/ for the default, beside the database for imports), writes it, and rebuilds the snapshot.</summary>
    public Task RetrainEncoderAsync(CancellationToken ct = default) => RunAsync(retrainEncoder: true, ct);

    /// <summary>Unloads: cancels a running build, drops the snapshot and says why (<paramref name="state"/>, <paramref name="message"/>).</summary>
    internal void Remove(ModelState state, string message)
    {
        _life.Cancel();
        lock (_swap) _current = null;
        SetStatus(new(state, message));
    }

    internal void SetStatus(ModelStatus status)
    {
        _status = status;
        Changed?.Invoke();
    }

    public override string ToString() => $"{Workspace}: {_status.State}";
}
