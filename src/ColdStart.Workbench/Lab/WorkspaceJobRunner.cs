namespace ColdStart.Workbench.Lab;

/// <summary>
/// Runs one <typeparamref name="TJob"/> at a time in the background (<see cref="AutoTuning"/>, <see cref="FreeTextBenchmark"/>, <see cref="LabSimulations"/>):
/// the running job or the last one that finished, cancel by id, and a <see cref="Changed"/> event for the pages.
/// </summary>
public abstract class WorkspaceJobRunner<TJob> : IDisposable where TJob : WorkspaceJob
{
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stopping = new();
    private TJob? _latest;

    /// <summary>Raised (on a background thread) when a job starts, progresses or finishes.</summary>
    public event Action? Changed;

    /// <summary>The running job, or the last one that finished (until the next starts); null before the first.</summary>
    public TJob? Latest
    {
        get { lock (_gate) return _latest; }
    }

    /// <summary>Cancelled when the app stops.</summary>
    protected CancellationToken Stopping => _stopping.Token;

    /// <summary>Cancels the running job with this id; false when there is no such running job.</summary>
    public bool Cancel(Guid jobId)
    {
        var job = Latest;
        return job is not null && job.Id == jobId && job.RequestCancel();
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (!disposing) return;
        _stopping.Cancel();
        _stopping.Dispose();
    }

    /// <summary>Creates the job (given the change callback and the stopping token) and runs it in the background.</summary>
    /// <exception cref="InvalidOperationException">A job is still running; the message is <paramref name="busy"/> of it.</exception>
    protected TJob Start(Func<Action, CancellationToken, TJob> create, Func<TJob, Task> run, Func<TJob, string> busy)
    {
        TJob job;
        lock (_gate)
        {
            if (_latest is { IsFinished: false } running) throw new InvalidOperationException(busy(running));
            job = create(RaiseChanged, _stopping.Token);
            _latest = job;
        }
        RaiseChanged();
        _ = Task.Run(() => run(job));
        return job;
    }

    private void RaiseChanged() => Changed?.Invoke();
}
