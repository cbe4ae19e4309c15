using ColdStart.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ColdStart.Data.Auditing;

/// <summary>Reads the audit trail the stores write (see <see cref="AuditTrail"/>); entries are never changed.</summary>
public sealed class AuditStore(IDbContextFactory<WorkbenchDbContext> contexts)
{
    /// <summary>Entries matching <paramref name="query"/>, newest first.</summary>
    public async Task<IReadOnlyList<AuditRecord>> ListAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrEmpty(query.Actor)) rows = rows.Where(a => a.Actor == query.Actor);
        if (!string.IsNullOrEmpty(query.Kind)) rows = rows.Where(a => a.Kind == query.Kind);
        if (query.FromUtc is { } from) rows = rows.Where(a => a.At >= from);
        if (query.ToUtc is { } to) rows = rows.Where(a => a.At < to);
        var list = await rows.OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Take(Math.Clamp(query.Take, 1, 5000))
            .ToListAsync(cancellationToken);
        return [.. list.Select(ToRecord)];
    }

    /// <summary>Everyone who has an entry, alphabetical.</summary>
    public async Task<IReadOnlyList<string>> ListActorsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.AuditEntries.Select(a => a.Actor).Distinct().OrderBy(a => a).ToListAsync(cancellationToken);
    }

    /// <summary>Entry <paramref name="id"/>, or null.</summary>
    public async Task<AuditRecord?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.AuditEntries.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        return row is null ? null : ToRecord(row);
    }

    internal static async Task<AuditRecord> RequireAsync(WorkbenchDbContext db, int id, string kind, CancellationToken cancellationToken)
    {
        var row = await db.AuditEntries.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw new KeyNotFoundException($"There is no audit entry {id}.");
        if (row.Kind != kind) throw new InvalidOperationException($"Audit entry {id} is about a {row.Kind}, not a {kind}.");
        return ToRecord(row);
    }

    private static AuditRecord ToRecord(AuditEntryEntity e) => new(
        e.Id, DateTime.SpecifyKind(e.At, DateTimeKind.Utc), e.Actor, e.Kind, e.Action, e.Subject, e.SubjectId, e.Workspace, e.BeforeJson, e.AfterJson);
}
