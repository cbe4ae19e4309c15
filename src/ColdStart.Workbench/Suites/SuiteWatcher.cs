using System.Threading.Channels;
using ColdStart.Data.Stores;
using ColdStart.Engine.Training;
using ColdStart.Workbench.Modeling;

namespace ColdStart.Workbench.Suites;

/// <summary>
/// The one place that re-runs suites automatically: it listens to the loaded workspaces' live models
/// (<see cref="ILiveModels.ModelChanged"/>: model builds, tag edits) and to the stores' writes
/// (<see cref="StrategyStore.Changed"/>, <see cref="PersonaStore.Changed"/>), gathers changes that arrive within
/// <see cref="Quiet"/> of each other into one run, and runs, through <see cref="SuiteRuns"/>, the suites of each loaded
/// workspace a change concerns (a model change its own workspace; a strategy change every loaded one).
/// </summary>
public sealed class SuiteWatcher(ILiveModels models, StrategyStore strategies, PersonaStore personas, SuiteRuns runs, ILogger<SuiteWatcher> logger)
    : BackgroundService
{
    /// <summary>How long the watcher waits for further changes before it runs.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);

    private readonly Channel<SuiteChange> _changes = Channel.CreateUnbounded<SuiteChange>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ModelSnapshot> _seen = new(StringComparer.Ordinal);

    /// <summary>
    /// Subscribes before the host goes on (ExecuteAsync runs in the background, so a change made right after start
    /// could otherwise come before the subscription and be missed), then starts the loop.
    /// </summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var model in models.Loaded)
                if (model.Current is { } current) _seen[model.Workspace] = current;
        }
        models.ModelChanged += OnModelChanged;
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
            models.ModelChanged -= OnModelChanged;
            strategies.Changed -= OnStoreChanged;
            personas.Changed -= OnStoreChanged;
        }
    }

    private void OnModelChanged(ILiveModel model)
    {
        SuiteChange? change;
        lock (_gate)
        {
            var (current, workspace) = (model.Current, model.Workspace);
            change = ModelChanges.Between(_seen.GetValueOrDefault(workspace), workspace, current, workspace);
            if (current is not null) _seen[workspace] = current;
            else _seen.Remove(workspace); // unloaded: a later load is a new build
        }
        if (change is not null) _changes.Writer.TryWrite(change);
    }

    private void OnStoreChanged(StoreChange change) =>
        _changes.Writer.TryWrite(new SuiteChange(change.Kind == "persona" ? SuiteTriggers.Persona : SuiteTriggers.Strategy, change.Workspace, change.Description));

    private async Task RunAsync(List<SuiteChange> batch, CancellationToken stoppingToken)
    {
        foreach (var model in models.Loaded)
        {
            string workspace = model.Workspace;
            var relevant = batch.Where(c => c.Workspace is null || string.Equals(c.Workspace, workspace, StringComparison.Ordinal)).ToList();
            if (relevant.Count == 0 || model.Current is null) continue;
            var trigger = relevant[^1].Trigger;
            var detail = string.Join("; ", relevant.Select(c => c.Detail).Distinct(StringComparer.Ordinal));
            try
            {
                var done = await runs.RunAsync(model, null, trigger, detail, stoppingToken);
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
}
