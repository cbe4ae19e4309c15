using System.Security.Claims;
using ColdStart.Data.Accounts;
using ColdStart.Data.Stores;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Training;
using ColdStart.Workbench.Accounts;
using ColdStart.Workbench.Modeling;
using Microsoft.AspNetCore.Components.Authorization;

namespace ColdStart.Workbench.Datasets;

/// <summary>
/// The current user's workspace, as the live model pages and API requests read (<see cref="ILiveModel"/>, scoped: one
/// per circuit, one per API request), and switching it. Each account has its own choice, stored with the account
/// (<see cref="WorkspaceChoiceStore"/>; single-user mode and requests without an account use
/// <see cref="ActiveWorkspaceFile"/>); without one, the server-wide default (<see cref="ILiveModels.DefaultWorkspace"/>).
/// The model itself is the shared one of <see cref="ILiveModels"/>: switching acquires the chosen workspace's model
/// (built in the background the first time), pages keep the old one until it is ready, and the choice is saved once it
/// is live; other users stay where they are. Deleting refuses the caller's own workspace (and the one being switched
/// to); whoever else had it open or chosen is moved to the default with a message.
/// </summary>
public sealed class ActiveWorkspace : ILiveModel, IDisposable
{
    private readonly ILiveModels _models;
    private readonly ActiveWorkspaceFile _file;
    private readonly WorkspaceStore _workspaces;
    private readonly WorkspaceChoiceStore? _choices;
    private readonly IHttpContextAccessor? _http;
    private readonly AuthenticationStateProvider? _authentication;
    private readonly ILogger<ActiveWorkspace> _logger;
    private readonly string? _contentRoot;
    private readonly Lock _gate = new();
    private ILiveModel? _serving;
    private ILiveModel? _target;
    private ModelStatus? _notice;
    private string? _account;
    private bool _disposed;

    public ActiveWorkspace(ILiveModels models, ActiveWorkspaceFile file, WorkspaceStore workspaces, ILogger<ActiveWorkspace> logger,
        WorkspaceChoiceStore? choices = null, IHttpContextAccessor? http = null, AuthenticationStateProvider? authentication = null,
        IHostEnvironment? environment = null)
    {
        _contentRoot = environment?.ContentRootPath;
        _authentication = authentication;
        _models = models;
        _file = file;
        _workspaces = workspaces;
        _logger = logger;
        _choices = choices;
        _http = http;
    }

    /// <summary>Raised when this user's model, its status or the pending switch changes (any thread).</summary>
    public event Action? Changed;

    /// <summary>Name of the workspace this user's pages work on.</summary>
    public string Name => Serving.Workspace;

    /// <inheritdoc/>
    public string Workspace => Serving.Workspace;

    /// <summary>The workspace this user is switching to while its model builds, else null.</summary>
    public string? Pending
    {
        get
        {
            var serving = Serving;
            var target = Volatile.Read(ref _target);
            return target is null || ReferenceEquals(target, serving) ? null : target.Workspace;
        }
    }

    /// <summary>True while this user's model (not a switch) is being rebuilt, e.g. after its encoder was chosen.</summary>
    public bool Rebuilding => Pending is null && Serving.Status.IsBusy;

    /// <summary>Switching or rebuilding: what disables switching and choosing an encoder on the pages.</summary>
    public bool Busy => Pending is not null || Rebuilding;

    /// <summary>
    /// The progress this user sees: the model being switched to while it builds, else the served model's (or, once it is
    /// idle, why the last switch failed or why this user was moved).
    /// </summary>
    public ModelStatus Status
    {
        get
        {
            var serving = Serving;
            var target = Volatile.Read(ref _target);
            if (target is not null && !ReferenceEquals(target, serving)) return target.Status;
            return !serving.Status.IsBusy && Volatile.Read(ref _notice) is { } notice ? notice : serving.Status;
        }
    }

    /// <inheritdoc/>
    public ModelSnapshot? Current => Serving.Current;

    /// <inheritdoc/>
    public string? ExecutionProvider => Serving.ExecutionProvider;

    /// <inheritdoc/>
    public bool TryUpdateItem(Item item) => Serving.TryUpdateItem(item);

    /// <inheritdoc/>
    public bool TryCommit(ModelSnapshot basis, ModelSnapshot candidate) => Serving.TryCommit(basis, candidate);

    /// <inheritdoc/>
    public Task RebuildAsync(CancellationToken ct = default)
    {
        Volatile.Write(ref _notice, null);
        return Serving.RebuildAsync(ct);
    }

    /// <summary>
    /// Makes <paramref name="workspace"/> this user's: acquires its model (building it in the background when nobody has
    /// it loaded) and, once it is live, serves it and saves the choice. Returns whether the switch took effect (when not,
    /// <see cref="Status"/> says why).
    /// </summary>
    /// <exception cref="KeyNotFoundException">No workspace has that name.</exception>
    /// <exception cref="InvalidOperationException">Another switch of this user is still building.</exception>
    public async Task<bool> SwitchToAsync(string workspace, CancellationToken cancellationToken = default)
    {
        if (!await _workspaces.ExistsAsync(workspace, cancellationToken))
            throw new KeyNotFoundException($"There is no workspace named '{workspace}'.");
        ILiveModel target;
        lock (_gate)
        {
            var serving = Serving;
            if (Pending is { } pending)
                throw new InvalidOperationException($"The model is still switching to '{pending}'; wait until it is ready.");
            if (workspace == serving.Workspace) return true;
            target = _models.Acquire(workspace);
            target.Changed += OnModelChanged;
            _target = target;
            _notice = null;
        }
        Changed?.Invoke();
        bool switched = false;
        try
        {
            await target.WhenSettledAsync(cancellationToken);
            switched = target.Status.State == ModelState.Ready || (target.Status.State == ModelState.Failed && target.Current is not null);
        }
        finally
        {
            ILiveModel? left;
            lock (_gate)
            {
                if (_disposed)
                {
                    (left, switched) = (null, false); // the circuit ended meanwhile: Dispose gave back both models
                }
                else if (switched)
                {
                    (left, _serving) = (_serving!, target);
                }
                else
                {
                    left = target;
                    if (!cancellationToken.IsCancellationRequested) _notice = target.Status;
                }
                _target = _serving;
            }
            if (left is not null)
            {
                left.Changed -= OnModelChanged;
                _models.Release(left);
            }
            if (switched) await SaveChoiceAsync(workspace); // saved before the pages hear of the switch
            Changed?.Invoke();
        }
        return switched;
    }

    /// <summary>
    /// Chooses the text encoder of <paramref name="workspace"/> (one of <see cref="EncoderChoice.Names"/>, or null for
    /// <c>Models:Encoder</c>). When nobody has that workspace loaded, it is only stored (used when it is opened); else its
    /// model rebuilds on it in the background while the pages keep the old model. Returns whether the choice is live
    /// (when not, <see cref="Status"/> of that model says why; the choice stays stored).
    /// </summary>
    /// <exception cref="ArgumentException">The encoder is not one of <see cref="EncoderChoice.Names"/> (the message names it).</exception>
    /// <exception cref="KeyNotFoundException">No workspace has that name.</exception>
    /// <exception cref="InvalidOperationException">This user's model is switching; the choice is not stored.</exception>
    public async Task<bool> ChooseEncoderAsync(string workspace, string? encoder, CancellationToken cancellationToken = default)
    {
        if (Pending is { } busy)
            throw new InvalidOperationException($"The model is still switching to '{busy}'; wait until it is ready.");
        await _workspaces.SetEncoderAsync(workspace, encoder, [.. EncoderChoice.Names], cancellationToken);
        _logger.LogInformation("Workspace {Workspace} now uses encoder {Encoder}", workspace, encoder ?? "default (Models:Encoder)");
        if (_models.Find(workspace) is null) return true;
        var model = _models.Acquire(workspace);
        try
        {
            await model.RebuildAsync(cancellationToken);
            return model.Current is not null && model.Status.State != ModelState.Failed;
        }
        finally
        {
            _models.Release(model);
        }
    }

    /// <summary>
    /// Deletes an imported workspace that is neither this user's nor being switched to (see
    /// <see cref="WorkspaceStore.DeleteAsync"/>), unloads its model and forgets it as anyone's choice: other users who had
    /// it open or chosen move to the default, with a message.
    /// </summary>
    /// <exception cref="InvalidOperationException">It is this user's workspace, being switched to, or the sample workspace.</exception>
    /// <exception cref="KeyNotFoundException">No workspace has that name.</exception>
    public async Task DeleteAsync(string workspace, CancellationToken cancellationToken = default)
    {
        if (workspace == Name || workspace == Pending)
            throw new InvalidOperationException($"Workspace '{workspace}' is active; switch to another one before deleting it.");
        await _workspaces.DeleteAsync(workspace, cancellationToken);
        _logger.LogInformation("Deleted workspace {Workspace}", workspace);
        var chosenBy = _choices is null ? [] : await _choices.ClearAsync(workspace, cancellationToken);
        if (chosenBy.Count > 0) _logger.LogInformation("Workspace {Workspace} was the choice of {Accounts}; they get the default again", workspace, string.Join(", ", chosenBy));
        if (_file.Read() == workspace) SaveFile(ColdStart.Data.WorkspaceKinds.DefaultWorkspace);
        _models.Unload(workspace, $"Workspace '{workspace}' was deleted by {AccountName ?? "an admin"}; you are back on '{_models.DefaultWorkspace}'.");
        DeleteFiles(workspace);
    }

    public void Dispose()
    {
        ILiveModel? serving, target;
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            (serving, target) = (_serving, _target);
            _serving = _target = null;
        }
        if (serving is not null)
        {
            serving.Changed -= OnModelChanged;
            _models.Release(serving);
        }
        if (target is not null && !ReferenceEquals(target, serving))
        {
            target.Changed -= OnModelChanged;
            _models.Release(target);
        }
    }

    /// <summary>The model this user is served, acquired on first use: the account's choice, else the server-wide default.</summary>
    private ILiveModel Serving
    {
        get
        {
            if (Volatile.Read(ref _serving) is { } serving) return serving;
            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                if (_serving is not null) return _serving;
                _account = AccountOf(CurrentUser());
                var chosen = (_account is null ? null : _choices?.Get(_account)) ?? _models.DefaultWorkspace;
                _serving = _target = _models.Acquire(chosen);
                _serving.Changed += OnModelChanged;
                return _serving;
            }
        }
    }

    private string? AccountName => CurrentUser()?.Identity?.Name;

    /// <summary>
    /// Who this circuit or request acts for: the request's user (a cookie or an API key; set before an endpoint reads
    /// the model), else the circuit's authentication state, as it was when the circuit started.
    /// </summary>
    private ClaimsPrincipal? CurrentUser()
    {
        if (_http?.HttpContext?.User is { Identity.IsAuthenticated: true } user) return user;
        try
        {
            var state = _authentication?.GetAuthenticationStateAsync();
            return state is { IsCompletedSuccessfully: true } ? state.Result.User : null;
        }
        catch (InvalidOperationException)
        {
            return null; // a plain request, where no circuit set the authentication state
        }
    }

    /// <summary>The account id of a signed-in person or API key; null in single-user mode and without a user.</summary>
    private static string? AccountOf(ClaimsPrincipal? user) =>
        user?.Identity is { IsAuthenticated: true } identity && identity.AuthenticationType != LocalUser.AuthenticationType
            ? user.FindFirstValue(ClaimTypes.NameIdentifier)
            : null;

    /// <summary>Passes the served (or pending) model's changes on; when the served workspace was deleted, moves to the default.</summary>
    private void OnModelChanged()
    {
        ILiveModel? removed = null;
        lock (_gate)
        {
            if (_serving is { Status.State: ModelState.Removed } gone && !_disposed)
            {
                removed = gone;
                _notice = new(ModelState.Ready, gone.Status.Message);
                var fallback = _models.Acquire(_models.DefaultWorkspace);
                fallback.Changed += OnModelChanged;
                if (ReferenceEquals(_target, gone)) _target = fallback;
                _serving = fallback;
            }
        }
        if (removed is not null)
        {
            removed.Changed -= OnModelChanged;
            _models.Release(removed);
            _logger.LogInformation("Workspace {Workspace} was removed; this user now works on {Default}", removed.Workspace, _models.DefaultWorkspace);
        }
        Changed?.Invoke();
    }

    private async Task SaveChoiceAsync(string workspace)
    {
        if (_account is null || _choices is null)
        {
            SaveFile(workspace);
            return;
        }
        try
        {
            await _choices.SetAsync(_account, workspace);
        }
        catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException)
        {
            _logger.LogError(ex, "Workspace {Workspace} is active, but saving the choice of account {Account} failed; the next visit opens the previous one", workspace, _account);
        }
    }

    /// <summary>Removes the encoder trained for a deleted workspace; failing to is logged, the workspace is gone either way.</summary>
    /// <summary>
    /// Removes the files stored for a deleted workspace (<see cref="WorkspaceFiles"/>: its own encoder and, with the app's
    /// content root known, its adapters); failing to is logged, the workspace is gone either way.
    /// </summary>
    private void DeleteFiles(string workspace)
    {
        foreach (var (path, reason) in WorkspaceFiles.Delete(_contentRoot ?? AppContext.BaseDirectory, Path.GetDirectoryName(_file.Path)!, workspace))
            _logger.LogWarning("Workspace {Workspace} was deleted, but {Path} could not be removed: {Reason}", workspace, path, reason);
    }

    private void SaveFile(string workspace)
    {
        try
        {
            _file.Save(workspace);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _logger.LogError(ex, "Workspace {Workspace} is active, but saving the choice to {Path} failed; the next start opens the previous one", workspace, _file.Path);
        }
    }
}
