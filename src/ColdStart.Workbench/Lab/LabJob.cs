using ColdStart.Engine.Evaluation;

namespace ColdStart.Workbench.Lab;

/// <summary>
/// One evaluation asked for in the strategy lab, from the queue to its end: state, latest progress, the stored run's id
/// once it started, and the error when it failed. Progress reports arrive on the evaluating thread.
/// </summary>
public sealed class LabJob : IProgress<EvaluationProgress>
{
    private readonly Action _changed;
    private readonly Lock _gate = new();
    private volatile EvaluationProgress _progress = new("Waiting for the running evaluation to finish…", 0);

    internal LabJob(LabRunRequest request, Action changed, CancellationToken stopping)
    {
        Request = request;
        _changed = changed;
        Cancellation = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        Token = Cancellation.Token;
    }

    public Guid Id { get; } = Guid.NewGuid();
    public LabRunRequest Request { get; }
    public LabJobState State { get; private set; } = LabJobState.Queued;
    public EvaluationProgress Progress => _progress;

    /// <summary>Id of the stored run, once the job started.</summary>
    public int? RunId { get; internal set; }

    /// <summary>Why the job failed; null otherwise.</summary>
    public string? Error { get; private set; }

    /// <summary>UTC time the job left the queue; null while queued.</summary>
    public DateTime? StartedAt { get; private set; }

    public bool IsFinished => State is LabJobState.Completed or LabJobState.Failed or LabJobState.Cancelled;

    /// <summary>Cancelled by <see cref="RequestCancel"/> or by the app stopping.</summary>
    internal CancellationToken Token { get; }

    private CancellationTokenSource Cancellation { get; }

    /// <summary>Records the evaluator's progress and tells the listeners.</summary>
    public void Report(EvaluationProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _progress = value;
        _changed();
    }

    /// <summary>Moves a queued job to running; false when it was cancelled while queued.</summary>
    internal bool TryStart()
    {
        lock (_gate)
        {
            if (State != LabJobState.Queued) return false;
            StartedAt = DateTime.UtcNow;
            State = LabJobState.Running;
        }
        Report(new EvaluationProgress("Loading the dataset…", 0));
        return true;
    }

    /// <summary>
    /// Cancels a queued job at once, or asks a running one to stop (it finishes when the evaluator notices); false when
    /// it has already finished.
    /// </summary>
    internal bool RequestCancel()
    {
        lock (_gate)
        {
            if (IsFinished) return false;
            if (State == LabJobState.Queued)
            {
                State = LabJobState.Cancelled;
                Cancellation.Dispose();
            }
            else
            {
                Cancellation.Cancel();
            }
        }
        _changed();
        return true;
    }

    internal void Finish(LabJobState state, string? error = null)
    {
        lock (_gate)
        {
            Error = error;
            State = state;
            Cancellation.Dispose();
        }
        _changed();
    }
}
