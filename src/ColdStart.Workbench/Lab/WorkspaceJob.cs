namespace ColdStart.Workbench.Lab;

/// <summary>
/// A background job of the lab on one workspace, from start to end (<see cref="TuneJob"/>, <see cref="FreeTextJob"/>, <see cref="SimulationJob"/>):
/// id, state, start time, the one-line reason when it failed, cancellation linked to the app's stopping, and a task
/// that completes when it has finished. Subclasses add their progress and result.
/// </summary>
public abstract class WorkspaceJob
{
    private readonly Action _changed;
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _cancellation;
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private protected WorkspaceJob(string workspace, Action changed, CancellationToken stopping)
    {
        (Workspace, _changed) = (workspace, changed);
        _cancellation = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        Token = _cancellation.Token;
    }

    public Guid Id { get; } = Guid.NewGuid();

    /// <summary>The workspace the job runs on.</summary>
    public string Workspace { get; }

    /// <summary>Running, then Completed, Failed or Cancelled.</summary>
    public LabJobState State { get; private set; } = LabJobState.Running;

    public DateTime StartedAt { get; } = DateTime.UtcNow;

    /// <summary>Why the job failed (one line); null otherwise.</summary>
    public string? Error { get; private set; }

    public bool IsFinished => State is not LabJobState.Running;

    /// <summary>Completes when the job has finished, whatever the outcome.</summary>
    public Task Completion => _done.Task;

    internal CancellationToken Token { get; }

    /// <summary>Asks the running job to stop; false when it has already finished.</summary>
    internal bool RequestCancel()
    {
        lock (_gate)
        {
            if (IsFinished) return false;
            _cancellation.Cancel();
        }
        OnCancelling();
        return true;
    }

    /// <summary>Tells the listeners that progress moved.</summary>
    private protected void RaiseChanged() => _changed();

    /// <summary>Shows that the job is being cancelled (a progress line).</summary>
    private protected abstract void OnCancelling();

    /// <summary>Ends the job in <paramref name="state"/>; <paramref name="setResult"/> stores the result under the job's lock.</summary>
    private protected void Complete(LabJobState state, string? error, Action setResult)
    {
        lock (_gate)
        {
            (State, Error) = (state, error);
            setResult();
            _cancellation.Dispose();
        }
        _changed();
        _done.TrySetResult();
    }
}
