using ColdStart.Data.Stores;

namespace ColdStart.Workbench.Lab;

/// <summary>
/// One "Tune Auto" of a workspace, from start to end: state, the tuner's latest progress line, and the stored strategy
/// when it completed or the one-line reason when it failed. Progress arrives on the tuning thread.
/// </summary>
public sealed class TuneJob : IProgress<string>
{
    private readonly Action _changed;
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _cancellation;
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile string _progress = "Loading the dataset…";

    internal TuneJob(string workspace, Action changed, CancellationToken stopping)
    {
        Workspace = workspace;
        _changed = changed;
        _cancellation = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        Token = _cancellation.Token;
    }

    public Guid Id { get; } = Guid.NewGuid();

    /// <summary>The workspace tuned.</summary>
    public string Workspace { get; }

    /// <summary>Running, then Completed, Failed or Cancelled.</summary>
    public LabJobState State { get; private set; } = LabJobState.Running;

    /// <summary>What the tuner is doing now.</summary>
    public string Progress => _progress;

    public DateTime StartedAt { get; } = DateTime.UtcNow;

    /// <summary>The stored "Auto · workspace" strategy with its tuning record, once completed.</summary>
    public StoredStrategy? Stored { get; private set; }

    /// <summary>Why tuning failed (one line); null otherwise.</summary>
    public string? Error { get; private set; }

    public bool IsFinished => State is not LabJobState.Running;

    /// <summary>Completes when the job has finished, whatever the outcome.</summary>
    public Task Completion => _done.Task;

    internal CancellationToken Token { get; }

    public void Report(string value)
    {
        _progress = value;
        _changed();
    }

    /// <summary>Asks the running job to stop; false when it has already finished.</summary>
    internal bool RequestCancel()
    {
        lock (_gate)
        {
            if (IsFinished) return false;
            _cancellation.Cancel();
        }
        Report("Cancelling…");
        return true;
    }

    internal void Finish(LabJobState state, StoredStrategy? stored = null, string? error = null)
    {
        lock (_gate)
        {
            (State, Stored, Error) = (state, stored, error);
            _cancellation.Dispose();
        }
        _changed();
        _done.TrySetResult();
    }
}
