using ColdStart.Data.Stores;
using ColdStart.Workbench.Modeling;

namespace ColdStart.Workbench.Datasets;

/// <summary>
/// The workspace every page works on, and switching it: the live model rebuilds on the chosen workspace in the
/// background (pages keep the old one until the new snapshot swaps in), and once it is live the choice is saved so
/// it survives a restart. Deleting refuses the active workspace and the one being switched to. Choosing a workspace's
/// text encoder stores it; for the active workspace the live model then rebuilds the same way, in the background.
/// </summary>
public sealed class ActiveWorkspace : IDisposable
{
    private readonly ILiveModel _live;
    private readonly ActiveWorkspaceFile _choice;
    private readonly WorkspaceStore _workspaces;
    private readonly ILogger<ActiveWorkspace> _logger;
    private readonly string _contentRoot;
    private string? _pending;

    public ActiveWorkspace(ILiveModel live, ActiveWorkspaceFile choice, WorkspaceStore workspaces, IHostEnvironment environment, ILogger<ActiveWorkspace> logger)
    {
        _contentRoot = environment.ContentRootPath;
        _live = live;
        _choice = choice;
        _workspaces = workspaces;
        _logger = logger;
        _live.Changed += OnLiveChanged;
    }

    /// <summary>Raised when the active workspace, the pending switch or the model status changes (any thread).</summary>
    public event Action? Changed;

    /// <summary>Name of the workspace the pages work on (the live model's).</summary>
    public string Name => _live.Workspace;

    /// <summary>The workspace being switched to while its model builds, else null.</summary>
    public string? Pending => Volatile.Read(ref _pending);

    /// <summary>The live model's progress, for the progress display.</summary>
    public ModelStatus Status => _live.Status;

    /// <summary>
    /// Makes <paramref name="workspace"/> the active one: rebuilds the live model on it and, once it is live, saves the
    /// choice. Returns whether the switch took effect (when not, <see cref="Status"/> says why).
    /// </summary>
    /// <exception cref="KeyNotFoundException">No workspace has that name.</exception>
    /// <exception cref="InvalidOperationException">Another switch is still building.</exception>
    public async Task<bool> SwitchToAsync(string workspace, CancellationToken cancellationToken = default)
    {
        if (!await _workspaces.ExistsAsync(workspace, cancellationToken))
            throw new KeyNotFoundException($"There is no workspace named '{workspace}'.");
        if (workspace == Name && Pending is null) return true;
        if (Interlocked.CompareExchange(ref _pending, workspace, null) is { } pending)
            throw new InvalidOperationException($"The model is still switching to '{pending}'; wait until it is ready.");
        Changed?.Invoke();
        try
        {
            await _live.SwitchWorkspaceAsync(workspace, cancellationToken);
            var switched = _live.Workspace == workspace;
            if (switched) SaveChoice(workspace);
            return switched;
        }
        finally
        {
            Volatile.Write(ref _pending, null);
            Changed?.Invoke();
        }
    }

    /// <summary>
    /// Chooses the text encoder of <paramref name="workspace"/> (one of <see cref="EncoderChoice.Names"/>, or null for
    /// <c>Models:Encoder</c>). Another workspace only stores it (used when that workspace is opened); for the active one
    /// the live model rebuilds on it in the background while the pages keep the old model. Returns whether the choice is
    /// live (when not, <see cref="Status"/> says why; the choice stays stored).
    /// </summary>
    /// <exception cref="ArgumentException">The encoder is not one of <see cref="EncoderChoice.Names"/> (the message names it).</exception>
    /// <exception cref="KeyNotFoundException">No workspace has that name.</exception>
    /// <exception cref="InvalidOperationException">The model is switching or rebuilding; the choice is not stored.</exception>
    public async Task<bool> ChooseEncoderAsync(string workspace, string? encoder, CancellationToken cancellationToken = default)
    {
        if (Pending is { } busy)
            throw new InvalidOperationException($"The model is still switching to '{busy}'; wait until it is ready.");
        await _workspaces.SetEncoderAsync(workspace, encoder, [.. EncoderChoice.Names], cancellationToken);
        _logger.LogInformation("Workspace {Workspace} now uses encoder {Encoder}", workspace, encoder ?? "default (Models:Encoder)");
        if (workspace != Name) return true;
        if (Interlocked.CompareExchange(ref _pending, workspace, null) is { } pending)
            throw new InvalidOperationException($"The encoder of '{workspace}' is stored, but the model is still switching to '{pending}'; it applies once the workspace is rebuilt.");
        Changed?.Invoke();
        try
        {
            await _live.SwitchWorkspaceAsync(workspace, cancellationToken);
            return _live.Workspace == workspace && _live.Status.State != ModelState.Failed;
        }
        finally
        {
            Volatile.Write(ref _pending, null);
            Changed?.Invoke();
        }
    }

    /// <summary>
    /// Deletes an imported workspace that is neither active nor being switched to (see <see cref="WorkspaceStore.DeleteAsync"/>),
    /// then the files stored for it on disk (<see cref="WorkspaceFiles"/>: its own encoder and its adapters).
    /// </summary>
    /// <exception cref="InvalidOperationException">It is active, being switched to, or the sample workspace.</exception>
    /// <exception cref="KeyNotFoundException">No workspace has that name.</exception>
    public async Task DeleteAsync(string workspace, CancellationToken cancellationToken = default)
    {
        if (workspace == Name || workspace == Pending)
            throw new InvalidOperationException($"Workspace '{workspace}' is active; switch to another one before deleting it.");
        await _workspaces.DeleteAsync(workspace, cancellationToken);
        _logger.LogInformation("Deleted workspace {Workspace}", workspace);
        DeleteFiles(workspace);
    }

    public void Dispose() => _live.Changed -= OnLiveChanged;

    /// <summary>Removes the files stored for a deleted workspace; failing to is logged, the workspace is gone either way.</summary>
    private void DeleteFiles(string workspace)
    {
        foreach (var (path, reason) in WorkspaceFiles.Delete(_contentRoot, Path.GetDirectoryName(_choice.Path)!, workspace))
            _logger.LogWarning("Workspace {Workspace} was deleted, but {Path} could not be removed: {Reason}", workspace, path, reason);
    }

    private void SaveChoice(string workspace)
    {
        try
        {
            _choice.Save(workspace);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _logger.LogError(ex, "Workspace {Workspace} is active, but saving the choice to {Path} failed; the next start opens the previous one", workspace, _choice.Path);
        }
    }

    private void OnLiveChanged() => Changed?.Invoke();
}
