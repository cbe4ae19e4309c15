using ColdStart.Data.Entities;
using ColdStart.Data.Mapping;
using ColdStart.Engine.Evaluation;
using ColdStart.Engine.Simulation;
using Microsoft.EntityFrameworkCore;

namespace ColdStart.Data.Stores;

/// <summary>
/// The strategy lab's runs: evaluations and simulations (<see cref="EvaluationRunKinds"/>), one table. A run is written
/// as <see cref="EvaluationRunStatus.Running"/> when it starts and finished exactly once: completed (with its report,
/// in the same update), failed (with the message) or cancelled. Finishing a row that is no longer running, or completing
/// it with the other kind's report, throws, so a report never lands on an interrupted or cancelled run. The options and
/// report columns are read by the row's kind: evaluation settings from evaluation rows only.
/// </summary>
public sealed class EvaluationRunStore(IDbContextFactory<WorkbenchDbContext> contexts)
{
    /// <summary>The error of a run that was still running when the app started again.</summary>
    public const string InterruptedMessage = "Interrupted: the workbench stopped before the run finished.";

    /// <summary>Stores a new running evaluation of <paramref name="workspace"/> and returns its id.</summary>
    /// <exception cref="KeyNotFoundException">No workspace has that name.</exception>
    public Task<int> StartAsync(string workspace, EvaluationOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return StartAsync(workspace, EvaluationRunKinds.Evaluation, StoreJson.Serialize(options), cancellationToken);
    }

    /// <summary>Stores a new running simulation of <paramref name="workspace"/> and returns its id.</summary>
    /// <exception cref="KeyNotFoundException">No workspace has that name.</exception>
    public Task<int> StartSimulationAsync(string workspace, SimulationSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return StartAsync(workspace, EvaluationRunKinds.Simulation, StoreJson.Serialize(settings), cancellationToken);
    }

    private async Task<int> StartAsync(string workspace, string kind, string options, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var workspaceId = await db.Workspaces.Where(w => w.Name == workspace).Select(w => (int?)w.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new KeyNotFoundException($"There is no workspace named '{workspace}'.");
        var entity = new EvaluationRunEntity
        {
            WorkspaceId = workspaceId,
            StartedAt = DateTime.UtcNow,
            Status = EvaluationRunStatus.Running,
            Kind = kind,
            OptionsJson = options,
        };
        db.EvaluationRuns.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        return entity.Id;
    }

    /// <summary>Marks running evaluation <paramref name="id"/> completed and stores its report, in one update.</summary>
    /// <exception cref="InvalidOperationException">The run does not exist, is not running or is not an evaluation.</exception>
    public Task CompleteAsync(int id, EvaluationReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        return FinishAsync(id, EvaluationRunStatus.Completed, report.ToJson(), error: null, cancellationToken, EvaluationRunKinds.Evaluation);
    }

    /// <summary>Marks running simulation <paramref name="id"/> completed and stores its report (curves included), in one update.</summary>
    /// <exception cref="InvalidOperationException">The run does not exist, is not running or is not a simulation.</exception>
    public Task CompleteAsync(int id, SimulationReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        return FinishAsync(id, EvaluationRunStatus.Completed, report.ToJson(), error: null, cancellationToken, EvaluationRunKinds.Simulation);
    }

    /// <summary>Marks running run <paramref name="id"/> failed with <paramref name="error"/>.</summary>
    /// <exception cref="InvalidOperationException">The run does not exist or is not running.</exception>
    public Task FailAsync(int id, string error, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(error);
        return FinishAsync(id, EvaluationRunStatus.Failed, report: null, error, cancellationToken);
    }

    /// <summary>Marks running run <paramref name="id"/> cancelled.</summary>
    /// <exception cref="InvalidOperationException">The run does not exist or is not running.</exception>
    public Task MarkCancelledAsync(int id, CancellationToken cancellationToken = default) =>
        FinishAsync(id, EvaluationRunStatus.Cancelled, report: null, error: null, cancellationToken);

    /// <summary>
    /// Marks every run (of either kind) still running as failed with <see cref="InterruptedMessage"/>; call at start.
    /// With <paramref name="startedBefore"/> (the process's start), only runs started before it: a simulation this
    /// process started meanwhile is left alone. Returns how many.
    /// </summary>
    public async Task<int> MarkInterruptedAsync(DateTime? startedBefore = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = DateTime.UtcNow;
        var stale = db.EvaluationRuns.Where(r => r.Status == EvaluationRunStatus.Running);
        if (startedBefore is { } cutoff) stale = stale.Where(r => r.StartedAt < cutoff);
        var running = await stale.ToListAsync(cancellationToken);
        foreach (var run in running)
        {
            run.Status = EvaluationRunStatus.Failed;
            run.Error = InterruptedMessage;
            run.FinishedAt = now;
        }
        await db.SaveChangesAsync(cancellationToken);
        return running.Count;
    }

    /// <summary>The latest <paramref name="limit"/> runs (of <paramref name="kind"/> only, when given), newest first.</summary>
    public async Task<IReadOnlyList<EvaluationRunSummary>> ListAsync(int limit = 100, string? kind = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var runs = db.EvaluationRuns.AsNoTracking();
        if (kind is not null) runs = runs.Where(r => r.Kind == kind);
        var rows = await runs
            .OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id).Take(limit)
            .Select(r => new { Run = r, Workspace = r.Workspace!.Name })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => Summarise(r.Run, r.Workspace))];
    }

    /// <summary>One run with its report, or null when there is no run <paramref name="id"/>.</summary>
    public async Task<StoredEvaluationRun?> FindAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.EvaluationRuns.AsNoTracking().Where(r => r.Id == id)
            .Select(r => new { Run = r, Workspace = r.Workspace!.Name })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null) return null;
        var summary = Summarise(row.Run, row.Workspace);
        if (row.Run.ReportJson is not { } json) return new StoredEvaluationRun(summary, null);
        return summary.IsSimulation
            ? new StoredEvaluationRun(summary, null, ReadReport(json, summary, SimulationReport.FromJson))
            : new StoredEvaluationRun(summary, ReadReport(json, summary, EvaluationReport.FromJson));
    }

    /// <summary>Deletes a finished run; returns false when there is none. A running run cannot be deleted.</summary>
    /// <exception cref="InvalidOperationException">The run is still running.</exception>
    public async Task<bool> DeleteAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await db.EvaluationRuns.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (entity is null) return false;
        if (entity.Status == EvaluationRunStatus.Running)
            throw new InvalidOperationException($"Evaluation run {id} is still running; cancel it first.");
        db.EvaluationRuns.Remove(entity);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task FinishAsync(int id, EvaluationRunStatus status, string? report, string? error, CancellationToken cancellationToken,
        string? kind = null)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await db.EvaluationRuns.SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new InvalidOperationException($"There is no evaluation run {id}.");
        if (entity.Status != EvaluationRunStatus.Running)
            throw new InvalidOperationException($"Evaluation run {id} is {entity.Status.ToString().ToLowerInvariant()}, not running; it cannot be finished again.");
        if (kind is not null && entity.Kind != kind)
            throw new InvalidOperationException($"Run {id} is a{(entity.Kind == EvaluationRunKinds.Evaluation ? "n" : "")} {entity.Kind}; it cannot hold a {kind} report.");
        var now = DateTime.UtcNow;
        entity.Status = status;
        entity.ReportJson = report;
        entity.Error = error;
        entity.FinishedAt = now;
        entity.DurationSeconds = (now - DateTime.SpecifyKind(entity.StartedAt, DateTimeKind.Utc)).TotalSeconds;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The row as listed; its options column is read as the settings of its kind.</summary>
    private static EvaluationRunSummary Summarise(EvaluationRunEntity run, string workspace)
    {
        bool simulation = run.Kind == EvaluationRunKinds.Simulation;
        if (!simulation && run.Kind != EvaluationRunKinds.Evaluation)
            throw new InvalidDataException($"Run {run.Id} is of kind '{run.Kind}'; expected {string.Join(" or ", EvaluationRunKinds.All)}.");
        return new EvaluationRunSummary(
            run.Id, workspace, DateTime.SpecifyKind(run.StartedAt, DateTimeKind.Utc),
            run.FinishedAt is { } finished ? DateTime.SpecifyKind(finished, DateTimeKind.Utc) : null,
            run.Status,
            simulation ? null : StoreJson.Deserialize<EvaluationOptions>(run.OptionsJson, $"Options of evaluation run {run.Id}"),
            run.DurationSeconds, run.Error, run.Kind,
            simulation ? StoreJson.Deserialize<SimulationSettings>(run.OptionsJson, $"Settings of simulation run {run.Id}") : null);
    }

    private static T ReadReport<T>(string json, EvaluationRunSummary run, Func<string, T> read)
    {
        try
        {
            return read(json);
        }
        catch (System.Text.Json.JsonException ex)
        {
            throw new InvalidDataException($"The report of {run.Kind} run {run.Id} is not valid JSON: {ex.Message}", ex);
        }
    }
}
