using System.Threading.Channels;
using ColdStart.Data.Storage;
using ColdStart.Data.Stores;
using ColdStart.Engine.Evaluation;

namespace ColdStart.Workbench.Lab;

/// <summary>
/// The strategy lab's background worker: a queue of <see cref="LabJob"/>s run one at a time with the engine's one
/// <see cref="Evaluator"/> (the same path as the <c>eval</c> verb), each stored in the <see cref="EvaluationRunStore"/>
/// as running, then completed with its report, failed with its message, or cancelled. At start, runs of either kind
/// (evaluations and <see cref="LabSimulations"/>' simulations) left running by a previous process are marked failed
/// ("interrupted") before any new run starts.
/// </summary>
public sealed class EvaluationRunner(EvaluationRunStore runs, WorldStore worlds, ILogger<EvaluationRunner> logger) : BackgroundService
{
    private readonly Channel<LabJob> _queue = Channel.CreateUnbounded<LabJob>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _gate = new();
    private readonly List<LabJob> _jobs = [];
    private readonly DateTime _created = DateTime.UtcNow;
    private CancellationToken _stopping;

    /// <summary>Raised (on a background thread) when a job is queued, progresses, starts or finishes.</summary>
    public event Action? Changed;

    /// <summary>The running job, or null.</summary>
    public LabJob? Active
    {
        get { lock (_gate) return _jobs.FirstOrDefault(j => j.State == LabJobState.Running); }
    }

    /// <summary>Jobs waiting behind the running one, oldest first.</summary>
    public IReadOnlyList<LabJob> Queued
    {
        get { lock (_gate) return [.. _jobs.Where(j => j.State == LabJobState.Queued)]; }
    }

    /// <summary>Queues <paramref name="request"/>; it runs after the jobs already queued.</summary>
    /// <exception cref="ArgumentException">The request is invalid; the message lists every problem.</exception>
    public LabJob Enqueue(LabRunRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = request.Validate();
        if (errors.Count > 0) throw new ArgumentException("The evaluation cannot run: " + string.Join(" ", errors), nameof(request));
        var job = new LabJob(request, RaiseChanged, _stopping);
        lock (_gate) _jobs.Add(job);
        if (!_queue.Writer.TryWrite(job)) throw new InvalidOperationException("The evaluation queue is closed: the workbench is stopping.");
        RaiseChanged();
        return job;
    }

    /// <summary>Cancels a queued or running job; false when there is no such unfinished job.</summary>
    public bool Cancel(Guid jobId)
    {
        LabJob? job;
        lock (_gate) job = _jobs.FirstOrDefault(j => j.Id == jobId);
        if (job is null || !job.RequestCancel()) return false;
        if (job.State == LabJobState.Cancelled)
        {
            lock (_gate) _jobs.Remove(job);
        }
        return true;
    }

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _stopping = cancellationToken;
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _stopping = stoppingToken;
        try
        {
            int interrupted = await runs.MarkInterruptedAsync(_created, stoppingToken);
            if (interrupted > 0) logger.LogWarning("Marked {Count} evaluation run(s) left running by a previous start as interrupted", interrupted);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not mark interrupted evaluation runs");
        }
        try
        {
            await foreach (var job in _queue.Reader.ReadAllAsync(stoppingToken))
            {
                if (job.TryStart()) await RunAsync(job, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            _queue.Writer.TryComplete();
        }
    }

    private async Task RunAsync(LabJob job, CancellationToken stoppingToken)
    {
        var request = job.Request;
        try
        {
            var options = request.ToOptions();
            var evaluator = new Evaluator(options);
            job.RunId = await runs.StartAsync(request.Workspace, options, job.Token);
            RaiseChanged();
            var data = await worlds.LoadDatasetAsync(request.Workspace, job.Token);
            var report = await Task.Run(() => evaluator.Run(data, job, job.Token), job.Token);
            await runs.CompleteAsync(job.RunId.Value, report, CancellationToken.None);
            logger.LogInformation("Evaluation run {Id} on {Workspace} completed in {Seconds:0.0} s", job.RunId, request.Workspace, report.Timings.TotalSeconds);
            Forget(job, LabJobState.Completed);
        }
        catch (OperationCanceledException) when (job.Token.IsCancellationRequested)
        {
            bool stopping = stoppingToken.IsCancellationRequested;
            await RecordEndAsync(job, stopping ? EvaluationRunStore.InterruptedMessage : null);
            Forget(job, stopping ? LabJobState.Failed : LabJobState.Cancelled, stopping ? EvaluationRunStore.InterruptedMessage : null);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Evaluation run {Id} on {Workspace} failed", job.RunId, request.Workspace);
            await RecordEndAsync(job, ex.Message);
            Forget(job, LabJobState.Failed, ex.Message);
        }
    }

    /// <summary>Stores how a job that did not complete ended: failed with <paramref name="error"/>, or cancelled when null.</summary>
    private async Task RecordEndAsync(LabJob job, string? error)
    {
        if (job.RunId is not { } id) return;
        try
        {
            if (error is null) await runs.MarkCancelledAsync(id, CancellationToken.None);
            else await runs.FailAsync(id, error, CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Could not record the end of evaluation run {Id}", id);
        }
    }

    private void Forget(LabJob job, LabJobState state, string? error = null)
    {
        lock (_gate) _jobs.Remove(job);
        job.Finish(state, error);
    }

    private void RaiseChanged() => Changed?.Invoke();
}
