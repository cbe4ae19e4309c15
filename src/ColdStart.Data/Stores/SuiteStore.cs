using ColdStart.Data.Auditing;
using ColdStart.Data.Entities;
using ColdStart.Data.Mapping;
using ColdStart.Engine.Suites;
using Microsoft.EntityFrameworkCore;

namespace ColdStart.Data.Stores;

/// <summary>
/// Persona test suites of a workspace and their runs. A suite is validated before it is written (field-level errors as
/// <see cref="SuiteFormatException"/>, the same as a JSON import); updates use optimistic concurrency on the version.
/// Runs are append-only; deleting a suite deletes its runs. Every suite write records an audit entry
/// (<see cref="AuditKinds.Suite"/>) in the same transaction; runs are not audited.
/// </summary>
public sealed class SuiteStore(IDbContextFactory<WorkbenchDbContext> contexts, IActorSource? actors = null)
{
    /// <summary>Suites of <paramref name="workspace"/> by name (ordinal, ignoring case).</summary>
    public async Task<IReadOnlyList<StoredSuite>> ListAsync(string workspace, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Suites.AsNoTracking().Where(s => s.Workspace!.Name == workspace).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Id).Select(ToStored)];
    }

    /// <summary>Stores a new suite in <paramref name="workspace"/>.</summary>
    /// <exception cref="SuiteFormatException">The suite is invalid; each error names its field.</exception>
    /// <exception cref="SuiteConflictException">Another suite of the workspace has that name.</exception>
    /// <exception cref="KeyNotFoundException">No workspace has that name.</exception>
    public async Task<StoredSuite> AddAsync(string workspace, Suite suite, CancellationToken cancellationToken = default)
    {
        suite = Checked(suite);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var workspaceId = await db.Workspaces.Where(w => w.Name == workspace).Select(w => (int?)w.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new KeyNotFoundException($"There is no workspace named '{workspace}'.");
        await RequireFreeNameAsync(db, workspaceId, suite.Name, exceptId: null, cancellationToken);
        var entity = new SuiteEntity { WorkspaceId = workspaceId, Name = suite.Name, StrategyName = suite.Strategy };
        Write(suite, entity);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Suites.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        Audit(db, AuditActions.Created, entity.Id, workspace, null, suite);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ToStored(entity);
    }

    /// <summary>Overwrites suite <paramref name="id"/> if it is still at <paramref name="expectedVersion"/>.</summary>
    /// <exception cref="SuiteFormatException">The suite is invalid.</exception>
    /// <exception cref="SuiteConflictException">It changed or was deleted meanwhile, or the new name is taken.</exception>
    public async Task<StoredSuite> UpdateAsync(int id, int expectedVersion, Suite suite, CancellationToken cancellationToken = default)
    {
        suite = Checked(suite);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await db.Suites.SingleOrDefaultAsync(s => s.Id == id, cancellationToken)
            ?? throw new SuiteConflictException($"Suite {id} was deleted by someone else; nothing was saved.");
        if (entity.Version != expectedVersion)
            throw new SuiteConflictException($"Suite '{entity.Name}' was changed elsewhere (now version {entity.Version}, you edited version {expectedVersion}); nothing was saved.");
        await RequireFreeNameAsync(db, entity.WorkspaceId, suite.Name, id, cancellationToken);
        Audit(db, AuditActions.Updated, id, await WorkspaceNameAsync(db, entity.WorkspaceId, cancellationToken), ToStored(entity).Suite, suite);
        Write(suite, entity);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException e)
        {
            throw new SuiteConflictException($"Suite '{entity.Name}' was changed elsewhere while it was being saved; nothing was overwritten.", e);
        }
        return ToStored(entity);
    }

    /// <summary>Deletes suite <paramref name="id"/> and its runs; false when there was none.</summary>
    public async Task<bool> DeleteAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await db.Suites.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (entity is null) return false;
        Audit(db, AuditActions.Deleted, id, await WorkspaceNameAsync(db, entity.WorkspaceId, cancellationToken), ToStored(entity).Suite, null);
        db.Suites.Remove(entity);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Stores a run of suite <paramref name="suiteId"/> at the suite's current version.</summary>
    /// <exception cref="KeyNotFoundException">There is no such suite.</exception>
    public async Task<SuiteRunSummary> AddRunAsync(int suiteId, SuiteRunRecord run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var suite = await db.Suites.AsNoTracking().Where(s => s.Id == suiteId).Select(s => new { s.Name, s.Version }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new KeyNotFoundException($"There is no suite {suiteId}.");
        var result = run.Result;
        var entity = new SuiteRunEntity
        {
            SuiteId = suiteId,
            RanAt = DateTime.UtcNow,
            Trigger = run.Trigger,
            TriggerDetail = run.TriggerDetail.Length > 500 ? run.TriggerDetail[..500] : run.TriggerDetail,
            SuiteVersion = suite.Version,
            ModelFingerprint = result.ModelFingerprint,
            CatalogFingerprint = result.CatalogFingerprint,
            StrategyName = result.Strategy,
            StrategyVersion = run.StrategyVersion,
            StrategyFingerprint = result.StrategyFingerprint,
            Held = result.Held,
            Failed = result.Failed,
            ResultJson = StoreJson.Serialize(result),
        };
        db.SuiteRuns.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        return Summarise(entity, suite.Name);
    }

    /// <summary>The latest <paramref name="limit"/> runs of suite <paramref name="suiteId"/>, newest first.</summary>
    public async Task<IReadOnlyList<SuiteRunSummary>> ListRunsAsync(int suiteId, int limit = 50, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.SuiteRuns.AsNoTracking().Where(r => r.SuiteId == suiteId)
            .OrderByDescending(r => r.RanAt).ThenByDescending(r => r.Id).Take(limit)
            .Select(r => new { Run = r, Suite = r.Suite!.Name })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => Summarise(r.Run, r.Suite))];
    }

    /// <summary>One run with its full result, or null when there is no run <paramref name="id"/>.</summary>
    /// <exception cref="InvalidDataException">The stored result is not readable.</exception>
    public async Task<StoredSuiteRun?> FindRunAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.SuiteRuns.AsNoTracking().Where(r => r.Id == id)
            .Select(r => new { Run = r, Suite = r.Suite!.Name })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null) return null;
        var result = StoreJson.Deserialize<SuiteRunResult>(row.Run.ResultJson, $"The result of suite run {id}");
        return new StoredSuiteRun(Summarise(row.Run, row.Suite), result);
    }

    private void Audit(WorkbenchDbContext db, string action, int id, string? workspace, Suite? before, Suite? after) =>
        AuditTrail.Add(db, actors, AuditKinds.Suite, action, (after ?? before)!.Name, id, workspace, before, after);

    private static Task<string?> WorkspaceNameAsync(WorkbenchDbContext db, int workspaceId, CancellationToken cancellationToken) =>
        db.Workspaces.Where(w => w.Id == workspaceId).Select(w => (string?)w.Name).SingleOrDefaultAsync(cancellationToken);

    private static Suite Checked(Suite suite)
    {
        ArgumentNullException.ThrowIfNull(suite);
        suite = suite with { Name = (suite.Name ?? "").Trim(), Strategy = (suite.Strategy ?? "").Trim() };
        var errors = suite.Validate();
        if (errors.Count > 0) throw new SuiteFormatException(errors);
        return suite;
    }

    private static void Write(Suite suite, SuiteEntity entity)
    {
        entity.Name = suite.Name;
        entity.StrategyName = suite.Strategy;
        entity.ExpectationsJson = StoreJson.Serialize(suite.Expectations);
    }

    private static async Task RequireFreeNameAsync(WorkbenchDbContext db, int workspaceId, string name, int? exceptId, CancellationToken cancellationToken)
    {
        var names = await db.Suites.Where(s => s.WorkspaceId == workspaceId && s.Id != exceptId).Select(s => s.Name).ToListAsync(cancellationToken);
        if (names.Contains(name, StringComparer.OrdinalIgnoreCase))
            throw new SuiteConflictException($"A suite named '{name}' already exists in this workspace.");
    }

    private static StoredSuite ToStored(SuiteEntity entity) => new(entity.Id, entity.Version,
        new Suite(entity.Name, entity.StrategyName, StoreJson.Deserialize<List<Expectation>>(entity.ExpectationsJson, $"Expectations of suite '{entity.Name}'")),
        DateTime.SpecifyKind(entity.UpdatedAt, DateTimeKind.Utc));

    private static SuiteRunSummary Summarise(SuiteRunEntity run, string suite) => new(
        run.Id, run.SuiteId, suite, DateTime.SpecifyKind(run.RanAt, DateTimeKind.Utc), run.Trigger, run.TriggerDetail, run.SuiteVersion,
        run.ModelFingerprint, run.CatalogFingerprint, run.StrategyName, run.StrategyVersion, run.StrategyFingerprint, run.Held, run.Failed);
}
