using ColdStart.Engine.Evaluation;
using ColdStart.Engine.Evaluation.FreeText;

namespace ColdStart.Workbench.Lab;

/// <summary>
/// One free-text benchmark run of a workspace, from start to end: state, the evaluator's latest progress, and the report
/// when it completed or the one-line reason when it failed. Progress arrives on the evaluating thread.
/// </summary>
public sealed class FreeTextJob : IProgress<EvaluationProgress>
{
    private readonly Action _changed;
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _cancellation;
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile EvaluationProgress _progress = new("Loading the dataset…", 0);

    internal FreeTextJob(string workspace, IReadOnlyList<string> encoders, Action changed, CancellationToken stopping)
    {
        (Workspace, Encoders, _changed) = (workspace, encoders, changed);
        _cancellation = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        Token = _cancellation.Token;
    }

    public Guid Id { get; } = Guid.NewGuid();

    /// <summary>The workspace evaluated.</summary>
    public string Workspace { get; }

    /// <summary>The encoder choices compared with TF-IDF (<see cref="FreeTextBenchmark.EncoderChoices"/>).</summary>
    public IReadOnlyList<string> Encoders { get; }

    /// <summary>Running, then Completed, Failed or Cancelled.</summary>
    public LabJobState State { get; private set; } = LabJobState.Running;

    /// <summary>What the benchmark is doing now, with the share done.</summary>
    public EvaluationProgress Progress => _progress;

    public DateTime StartedAt { get; } = DateTime.UtcNow;

    /// <summary>The engine's report, once completed.</summary>
    public FreeTextReport? Report { get; private set; }

    /// <summary>Why the run failed (one line); null otherwise.</summary>
    public string? Error { get; private set; }

    public bool IsFinished => State is not LabJobState.Running;

    /// <summary>Completes when the job has finished, whatever the outcome.</summary>
    public Task Completion => _done.Task;

    internal CancellationToken Token { get; }

    void IProgress<EvaluationProgress>.Report(EvaluationProgress value) => Update(value);

    internal void Update(EvaluationProgress value)
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
        Update(_progress with { Message = "Cancelling…" });
        return true;
    }

    internal void Finish(LabJobState state, FreeTextReport? report = null, string? error = null)
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
