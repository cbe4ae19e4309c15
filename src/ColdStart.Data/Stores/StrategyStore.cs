using ColdStart.Data.Entities;
using ColdStart.Data.Mapping;
using ColdStart.Engine.Scoring;
using Microsoft.EntityFrameworkCore;

namespace ColdStart.Data.Stores;

/// <summary>
/// Reads and writes the global strategies under optimistic concurrency: an update names the version it was read at,
/// and a row changed in the meantime raises <see cref="DbUpdateConcurrencyException"/> instead of being overwritten.
/// </summary>
public sealed class StrategyStore(IDbContextFactory<WorkbenchDbContext> contexts)
{
    /// <summary>All strategies, ordered by name.</summary>
    public async Task<IReadOnlyList<StoredStrategy>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Strategies.AsNoTracking().ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Name, StringComparer.Ordinal).Select(r => new StoredStrategy(r.Id, r.Version, r.ToStrategy()))];
    }

    /// <summary>Stores <paramref name="strategy"/> as a new row; its name must not be taken.</summary>
    public async Task<StoredStrategy> AddAsync(Strategy strategy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await RequireFreeNameAsync(db, strategy.Name, exceptId: null, cancellationToken);
        var entity = strategy.ToEntity();
        db.Strategies.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        return new StoredStrategy(entity.Id, entity.Version, strategy);
    }

    /// <summary>
    /// Overwrites row <paramref name="id"/> (a rename when the name differs) if it is still at <paramref name="version"/>;
    /// otherwise throws <see cref="DbUpdateConcurrencyException"/>.
    /// </summary>
    public async Task<StoredStrategy> UpdateAsync(int id, int version, Strategy strategy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await db.Strategies.SingleOrDefaultAsync(s => s.Id == id, cancellationToken)
            ?? throw new DbUpdateConcurrencyException($"Strategy id {id} was deleted by someone else.");
        await RequireFreeNameAsync(db, strategy.Name, id, cancellationToken);
        db.Entry(entity).Property(e => e.Version).OriginalValue = version;
        if (entity.Version != version)
            throw new DbUpdateConcurrencyException(
                $"Strategy '{entity.Name}' was changed elsewhere (now version {entity.Version}, you edited version {version}).");
        strategy.CopyTo(entity);
        await db.SaveChangesAsync(cancellationToken);
        return new StoredStrategy(entity.Id, entity.Version, strategy);
    }

    private static async Task RequireFreeNameAsync(WorkbenchDbContext db, string name, int? exceptId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("A strategy needs a name.", nameof(name));
        bool taken = await db.Strategies.AnyAsync(s => s.Name == name && (exceptId == null || s.Id != exceptId), cancellationToken);
        if (taken) throw new InvalidOperationException($"A strategy named '{name}' already exists.");
    }
}
