using ColdStart.Data.Auditing;
using ColdStart.Data.Mapping;
using ColdStart.Engine.Scoring;
using Microsoft.EntityFrameworkCore;

namespace ColdStart.Data.Stores;

/// <summary>
/// Reads and writes the global strategies under optimistic concurrency: an update names the version it was read at,
/// and a row changed in the meantime raises <see cref="StrategyConflictException"/> instead of being overwritten.
/// Every write records an audit entry (<see cref="AuditKinds.Strategy"/>) in the same transaction.
/// </summary>
public sealed class StrategyStore(IDbContextFactory<WorkbenchDbContext> contexts, IActorSource? actors = null)
{
    /// <summary>Raised after a strategy was added, updated or tuned (on the writer's thread).</summary>
    public event Action<StoreChange>? Changed;

    /// <summary>All strategies, ordered by name.</summary>
    public async Task<IReadOnlyList<StoredStrategy>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Strategies.AsNoTracking().ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Name, StringComparer.Ordinal).Select(r => new StoredStrategy(r.Id, r.Version, r.ToStrategy(), r.ToTuning()))];
    }

    /// <summary>The tuning record of the strategy tuned on <paramref name="workspace"/> ("Auto · workspace"), or null when it was never tuned.</summary>
    public async Task<TuningRecord?> FindTuningAsync(string workspace, CancellationToken cancellationToken = default)
    {
        string name = TuningRecord.StrategyNameFor(workspace);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Strategies.AsNoTracking().SingleOrDefaultAsync(s => s.Name == name, cancellationToken);
        return row?.ToTuning();
    }

    /// <summary>
    /// Stores a tuned strategy with its <paramref name="tuning"/> record: a new row, or the row of the same name
    /// overwritten whatever its version (tuning replaces what the last tuning stored).
    /// </summary>
    public async Task<StoredStrategy> SaveTunedAsync(Strategy strategy, TuningRecord tuning, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentNullException.ThrowIfNull(tuning);
        if (string.IsNullOrWhiteSpace(strategy.Name)) throw new ArgumentException("A strategy needs a name.", nameof(strategy));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var entity = await db.Strategies.SingleOrDefaultAsync(s => s.Name == strategy.Name, cancellationToken);
        var before = entity?.ToStrategy();
        if (entity is null)
        {
            entity = strategy.ToEntity();
            db.Strategies.Add(entity);
        }
        else
        {
            strategy.CopyTo(entity);
        }
        entity.TuningJson = StoreJson.Serialize(tuning);
        await db.SaveChangesAsync(cancellationToken);
        Audit(db, before is null ? AuditActions.Created : AuditActions.Updated, entity.Id, before, strategy);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Raise($"Strategy '{strategy.Name}' tuned");
        return new StoredStrategy(entity.Id, entity.Version, strategy, tuning);
    }

    /// <summary>Stores <paramref name="strategy"/> as a new row; its name must not be taken.</summary>
    public async Task<StoredStrategy> AddAsync(Strategy strategy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await RequireFreeNameAsync(db, strategy.Name, exceptId: null, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var entity = strategy.ToEntity();
        db.Strategies.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        Audit(db, AuditActions.Created, entity.Id, null, strategy);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Raise($"Strategy '{strategy.Name}' added");
        return new StoredStrategy(entity.Id, entity.Version, strategy);
    }

    /// <summary>
    /// Overwrites row <paramref name="id"/> (a rename when the name differs) if it is still at <paramref name="version"/>;
    /// otherwise throws <see cref="StrategyConflictException"/>.
    /// </summary>
    public async Task<StoredStrategy> UpdateAsync(int id, int version, Strategy strategy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await db.Strategies.SingleOrDefaultAsync(s => s.Id == id, cancellationToken)
            ?? throw new StrategyConflictException(id, version, null, null);
        await RequireFreeNameAsync(db, strategy.Name, id, cancellationToken);
        db.Entry(entity).Property(e => e.Version).OriginalValue = version;
        if (entity.Version != version)
            throw new StrategyConflictException(id, version, entity.Name, entity.Version);
        Audit(db, AuditActions.Updated, id, entity.ToStrategy(), strategy);
        strategy.CopyTo(entity);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException e)
        {
            throw new StrategyConflictException($"Strategy '{entity.Name}' was changed elsewhere while it was being saved; nothing was overwritten.", e);
        }
        Raise($"Strategy '{strategy.Name}' saved (version {entity.Version})");
        return new StoredStrategy(entity.Id, entity.Version, strategy, entity.ToTuning());
    }

    /// <summary>
    /// Writes the strategy version recorded by audit entry <paramref name="auditEntryId"/> (the version after that change)
    /// back over the strategy it concerns, whatever its current version; recorded as <see cref="AuditActions.Reverted"/>.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No such entry, or the strategy no longer exists.</exception>
    /// <exception cref="InvalidOperationException">The entry is not about a strategy, or another strategy now has the old name.</exception>
    public async Task<StoredStrategy> RevertAsync(int auditEntryId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await AuditStore.RequireAsync(db, auditEntryId, AuditKinds.Strategy, cancellationToken);
        var json = record.After ?? record.Before ?? throw new InvalidOperationException($"Audit entry {auditEntryId} holds no strategy version.");
        var strategy = StoreJson.Deserialize<Strategy>(json, $"The strategy version of audit entry {auditEntryId}");
        var entity = await db.Strategies.SingleOrDefaultAsync(s => s.Id == record.SubjectId, cancellationToken)
            ?? throw new KeyNotFoundException($"Strategy '{record.Subject}' no longer exists; nothing was reverted.");
        await RequireFreeNameAsync(db, strategy.Name, entity.Id, cancellationToken);
        Audit(db, AuditActions.Reverted, entity.Id, entity.ToStrategy(), strategy);
        strategy.CopyTo(entity);
        await db.SaveChangesAsync(cancellationToken);
        Raise($"Strategy '{strategy.Name}' reverted (version {entity.Version})");
        return new StoredStrategy(entity.Id, entity.Version, strategy, entity.ToTuning());
    }

    private void Audit(WorkbenchDbContext db, string action, int id, Strategy? before, Strategy after) =>
        AuditTrail.Add(db, actors, AuditKinds.Strategy, action, after.Name, id, null, before, after);

    private void Raise(string description) => Changed?.Invoke(new StoreChange(null, "strategy", description));

    private static async Task RequireFreeNameAsync(WorkbenchDbContext db, string name, int? exceptId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("A strategy needs a name.", nameof(name));
        bool taken = await db.Strategies.AnyAsync(s => s.Name == name && (exceptId == null || s.Id != exceptId), cancellationToken);
        if (taken) throw new InvalidOperationException($"A strategy named '{name}' already exists.");
    }
}
