using ColdStart.Engine.Evaluation;
using ColdStart.Engine.Evaluation.FreeText;

namespace ColdStart.Workbench.Lab;

/// <summary>
/// One free-text benchmark run of a workspace, from start to end: state, the evaluator's latest progress, and the report
/// when it completed or the one-line reason when it failed. Progress arrives on the evaluating thread.
/// </summary>
public sealed class FreeTextJob : WorkspaceJob, IProgress<EvaluationProgress>
{
    private volatile EvaluationProgress _progress = new("Loading the dataset…", 0);

    internal FreeTextJob(string workspace, IReadOnlyList<string> encoders, Action changed, CancellationToken stopping)
        : base(workspace, changed, stopping) => Encoders = encoders;

    /// <summary>The encoder choices compared with TF-IDF (<see cref="FreeTextBenchmark.EncoderChoices"/>).</summary>
    public IReadOnlyList<string> Encoders { get; }

    /// <summary>What the benchmark is doing now, with the share done.</summary>
    public EvaluationProgress Progress => _progress;

    /// <summary>The engine's report, once completed.</summary>
    public FreeTextReport? Report { get; private set; }

    void IProgress<EvaluationProgress>.Report(EvaluationProgress value) => Update(value);

    internal void Update(EvaluationProgress value)
    {
        _progress = value;
        RaiseChanged();
    }

    private protected override void OnCancelling() => Update(_progress with { Message = "Cancelling…" });

    internal void Finish(LabJobState state, FreeTextReport? report = null, string? error = null) => Complete(state, error, () => Report = report);
}
