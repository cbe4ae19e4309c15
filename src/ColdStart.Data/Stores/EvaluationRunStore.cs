using ColdStart.Data.Entities;
using ColdStart.Data.Mapping;
using ColdStart.Engine.Evaluation;
using Microsoft.EntityFrameworkCore;

namespace ColdStart.Data.Stores;

/// <summary>
/// The strategy lab's evaluation runs. A run is written as <see cref="EvaluationRunStatus.Running"/> when it starts and
/// finished exactly once: completed (with its report, in the same update), failed (with the message) or cancelled.
/// Finishing a row that is no longer running throws, so a report never lands on an interrupted or cancelled run.
/// </summary>
public sealed class EvaluationRunStore(IDbContextFactory<WorkbenchDbContext> contexts)
{
    /// <summary>The error of a run that was still running when the app started again.</summary>
    public const string InterruptedMessage = "Interrupted: the workbench stopped before the run finished.";

    /// <summary>Stores a new running run of <paramref name="workspace"/> and returns its id.</summary>
    /// <exception cref="KeyNotFoundException">No workspace has that name.</exception>
    public async Task<int> StartAsync(string workspace, EvaluationOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var workspaceId = await db.Workspaces.Where(w => w.Name == workspace).Select(w => (int?)w.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new KeyNotFoundException($"There is no workspace named '{workspace}'.");
        var entity = new EvaluationRunEntity
        {
            WorkspaceId = workspaceId,
            StartedAt = DateTime.UtcNow,
            Status = EvaluationRunStatus.Running,
            OptionsJson = StoreJson.Serialize(options),
        };
        db.EvaluationRuns.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        return entity.Id;
    }

    /// <summary>Marks running run <paramref name="id"/> completed and stores its report, in one update.</summary>
    /// <exception cref="InvalidOperationException">The run does not exist or is not running.</exception>
    public Task CompleteAsync(int id, EvaluationReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        return FinishAsync(id, EvaluationRunStatus.Completed, report.ToJson(), error: null, cancellationToken);
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

    /// <summary>Marks every run still running as failed with <see cref="InterruptedMessage"/>; call at start, before new runs. Returns how many.</summary>
    public async Task<int> MarkInterruptedAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = DateTime.UtcNow;
        var running = await db.EvaluationRuns.Where(r => r.Status == EvaluationRunStatus.Running).ToListAsync(cancellationToken);
        foreach (var run in running)
        {
            run.Status = EvaluationRunStatus.Failed;
            run.Error = InterruptedMessage;
            run.FinishedAt = now;
        }
        await db.SaveChangesAsync(cancellationToken);
        return running.Count;
    }

    /// <summary>The latest <paramref name="limit"/> runs, newest first.</summary>
    public async Task<IReadOnlyList<EvaluationRunSummary>> ListAsync(int limit = 100, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.EvaluationRuns.AsNoTracking()
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
        var report = row.Run.ReportJson is { } json ? ReadReport(json, id) : null;
        return new StoredEvaluationRun(Summarise(row.Run, row.Workspace), report);
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

    private async Task FinishAsync(int id, EvaluationRunStatus status, string? report, string? error, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await db.EvaluationRuns.SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new InvalidOperationException($"There is no evaluation run {id}.");
        if (entity.Status != EvaluationRunStatus.Running)
            throw new InvalidOperationException($"Evaluation run {id} is {entity.Status.ToString().ToLowerInvariant()}, not running; it cannot be finished again.");
        var now = DateTime.UtcNow;
        entity.Status = status;
        entity.ReportJson = report;
        entity.Error = error;
        entity.FinishedAt = now;
        entity.DurationSeconds = (now - DateTime.SpecifyKind(entity.StartedAt, DateTimeKind.Utc)).TotalSeconds;
        await db.SaveChangesAsync(cancellationToken);
    }

    private static EvaluationRunSummary Summarise(EvaluationRunEntity run, string workspace) => new(
        run.Id, workspace, DateTime.SpecifyKind(run.StartedAt, DateTimeKind.Utc),
        run.FinishedAt is { } finished ? DateTime.SpecifyKind(finished, DateTimeKind.Utc) : null,
        run.Status, StoreJson.Deserialize<EvaluationOptions>(run.OptionsJson, $"Options of evaluation run {run.Id}"),
        run.DurationSeconds, run.Error);

    private static EvaluationReport ReadReport(string json, int id)
    {
        try
        {
            return EvaluationReport.FromJson(json);
        }
        catch (System.Text.Json.JsonException ex)
        {
            throw new InvalidDataException($"The report of evaluation run {id} is not valid JSON: {ex.Message}", ex);
        }
    }
}
