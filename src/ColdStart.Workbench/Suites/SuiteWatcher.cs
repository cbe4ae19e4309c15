using System.Threading.Channels;
using ColdStart.Data.Stores;
using ColdStart.Engine.Training;
using ColdStart.Workbench.Modeling;

namespace ColdStart.Workbench.Suites;

/// <summary>
/// The one place that re-runs suites automatically: it listens to the live model (<see cref="ILiveModel.Changed"/>:
/// model builds, workspace switches after an import or a choice, tag edits) and to the stores' writes
/// (<see cref="StrategyStore.Changed"/>, <see cref="PersonaStore.Changed"/>), gathers changes that arrive within
/// <see cref="Quiet"/> of each other into one run, and runs the live workspace's suites through <see cref="SuiteRuns"/>.
/// </summary>
public sealed class SuiteWatcher(ILiveModel model, StrategyStore strategies, PersonaStore personas, SuiteRuns runs, ILogger<SuiteWatcher> logger)
    : BackgroundService
{
    /// <summary>How long the watcher waits for further changes before it runs.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);

    private readonly Channel<SuiteChange> _changes = Channel.CreateUnbounded<SuiteChange>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _gate = new();
    private ModelSnapshot? _snapshot;
    private string? _workspace;

    /// <summary>
    /// Subscribes before the host goes on (ExecuteAsync runs in the background, so a change made right after start
    /// could otherwise come before the subscription and be missed), then starts the loop.
    /// </summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        lock (_gate) (_snapshot, _workspace) = (model.Current, model.Workspace);
        model.Changed += OnModelChanged;
        strategies.Changed += OnStoreChanged;
        personas.Changed += OnStoreChanged;
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _changes.Reader.WaitToReadAsync(stoppingToken))
            {
                await Task.Delay(Quiet, stoppingToken);
                var batch = new List<SuiteChange>();
                while (_changes.Reader.TryRead(out var change)) batch.Add(change);
                await RunAsync(batch, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        finally
        {
            model.Changed -= OnModelChanged;
            strategies.Changed -= OnStoreChanged;
            personas.Changed -= OnStoreChanged;
        }
    }

    private void OnModelChanged()
    {
        SuiteChange? change;
        lock (_gate)
        {
            var (current, workspace) = (model.Current, model.Workspace);
            change = ModelChanges.Between(_snapshot, _workspace, current, workspace);
            if (current is not null) (_snapshot, _workspace) = (current, workspace);
        }
        if (change is not null) _changes.Writer.TryWrite(change);
    }

    private void OnStoreChanged(StoreChange change) =>
        _changes.Writer.TryWrite(new SuiteChange(change.Kind == "persona" ? SuiteTriggers.Persona : SuiteTriggers.Strategy, change.Workspace, change.Description));

    private async Task RunAsync(List<SuiteChange> batch, CancellationToken stoppingToken)
    {
        string workspace = model.Workspace;
        var relevant = batch.Where(c => c.Workspace is null || string.Equals(c.Workspace, workspace, StringComparison.Ordinal)).ToList();
        if (relevant.Count == 0 || model.Current is null) return;
        var trigger = relevant[^1].Trigger;
        var detail = string.Join("; ", relevant.Select(c => c.Detail).Distinct(StringComparer.Ordinal));
        try
        {
            var done = await runs.RunAsync(null, trigger, detail, stoppingToken);
            if (done.Count > 0)
                logger.LogInformation("Suites of {Workspace} re-run after: {Detail} ({Failing} of {Count} failing)",
                    workspace, detail, done.Count(r => !r.Result.AllHeld), done.Count);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Re-running the suites of {Workspace} after '{Detail}' failed", workspace, detail);
        }
    }
}
