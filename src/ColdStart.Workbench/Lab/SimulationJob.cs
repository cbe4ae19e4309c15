using ColdStart.Engine.Simulation;

namespace ColdStart.Workbench.Lab;

/// <summary>
/// One simulation of the lab's Simulation panel, from start to end (a <see cref="WorkspaceJob"/>): the latest phase line
/// and share done, and the report when it completed or the one-line reason when it failed. Progress arrives on the
/// simulation thread.
/// </summary>
public sealed class SimulationJob : WorkspaceJob, IProgress<(string Message, double Fraction)>
{
    private volatile string _message = "Loading the workspace…";
    private double _fraction;

    internal SimulationJob(SimulationRequest request, Action changed, CancellationToken stopping)
        : base(request.Workspace, changed, stopping) => Request = request;

    public SimulationRequest Request { get; }

    /// <summary>What the simulation is doing now.</summary>
    public string Message => _message;

    /// <summary>Share of the (strategy, share) rows simulated, 0–1.</summary>
    public double Fraction => Volatile.Read(ref _fraction);

    /// <summary>The stored run's id once it is stored (the lab's runs list), else null.</summary>
    public int? RunId { get; private set; }

    /// <summary>The report, once completed.</summary>
    public SimulationReport? Report { get; private set; }

    void IProgress<(string Message, double Fraction)>.Report((string Message, double Fraction) value)
    {
        _message = value.Message;
        Volatile.Write(ref _fraction, value.Fraction);
        RaiseChanged();
    }

    private protected override void OnCancelling()
    {
        _message = "Cancelling…";
        RaiseChanged();
    }

    internal void Stored(int runId)
    {
        RunId = runId;
        RaiseChanged();
    }

    internal void Finish(LabJobState state, SimulationReport? report = null, string? error = null) => Complete(state, error, () => Report = report);
}
