using ColdStart.Data.Stores;

namespace ColdStart.Workbench.Lab;

/// <summary>
/// One "Tune Auto" of a workspace, from start to end: state, the tuner's latest progress line, and the stored strategy
/// when it completed or the one-line reason when it failed. Progress arrives on the tuning thread.
/// </summary>
public sealed class TuneJob : WorkspaceJob, IProgress<string>
{
    private volatile string _progress = "Loading the dataset…";

    internal TuneJob(string workspace, Action changed, CancellationToken stopping)
        : base(workspace, changed, stopping)
    {
    }

    /// <summary>What the tuner is doing now.</summary>
    public string Progress => _progress;

    /// <summary>The stored "Auto · workspace" strategy with its tuning record, once completed.</summary>
    public StoredStrategy? Stored { get; private set; }

    public void Report(string value)
    {
        _progress = value;
        RaiseChanged();
    }

    private protected override void OnCancelling() => Report("Cancelling…");

    internal void Finish(LabJobState state, StoredStrategy? stored = null, string? error = null) => Complete(state, error, () => Stored = stored);
}
