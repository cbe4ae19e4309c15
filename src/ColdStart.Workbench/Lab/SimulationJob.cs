using ColdStart.Engine.Simulation;

namespace ColdStart.Workbench.Lab;

/// <summary>
/// One simulation of the lab's Simulation panel, from start to end: state, the latest phase line and share done, and
/// the report when it completed or the one-line reason when it failed. Progress arrives on the simulation thread.
/// </summary>
public sealed class SimulationJob : IProgress<(string Message, double Fraction)>
{
    private readonly Action _changed;
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _cancellation;
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile string _message = "Loading the workspace…";
    private double _fraction;

    internal SimulationJob(SimulationRequest request, Action changed, CancellationToken stopping)
    {
        Request = request;
        _changed = changed;
        _cancellation = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        Token = _cancellation.Token;
    }

    public Guid Id { get; } = Guid.NewGuid();

    public SimulationRequest Request { get; }

    /// <summary>Running, then Completed, Failed or Cancelled.</summary>
    public LabJobState State { get; private set; } = LabJobState.Running;

    /// <summary>What the simulation is doing now.</summary>
    public string Message => _message;

    /// <summary>Share of the (strategy, share) rows simulated, 0–1.</summary>
    public double Fraction => Volatile.Read(ref _fraction);

    public DateTime StartedAt { get; } = DateTime.UtcNow;

    /// <summary>The report, once completed.</summary>
    public SimulationReport? Report { get; private set; }

    /// <summary>Why the simulation failed (one line); null otherwise.</summary>
    public string? Error { get; private set; }

    public bool IsFinished => State is not LabJobState.Running;

    /// <summary>Completes when the job has finished, whatever the outcome.</summary>
    public Task Completion => _done.Task;

    internal CancellationToken Token { get; }

    void IProgress<(string Message, double Fraction)>.Report((string Message, double Fraction) value)
    {
        _message = value.Message;
        Volatile.Write(ref _fraction, value.Fraction);
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
        _message = "Cancelling…";
        _changed();
        return true;
    }

    internal void Finish(LabJobState state, SimulationReport? report = null, string? error = null)
    {
        lock (_gate)
        {
            (State, Report, Error) = (state, report, error);
            _cancellation.Dispose();
        }
        _changed();
        _done.TrySetResult();
    }
}
