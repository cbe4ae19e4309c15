using ColdStart.Data.Auditing;
using Microsoft.EntityFrameworkCore;

namespace ColdStart.Data.Stores;

/// <summary>
/// The workspaces held side by side: listing them with their sizes, and deleting an imported one with everything in it
/// (items, tags, users, events, personas, model artefacts) in one transaction. Strategies are shared and stay.
/// Each workspace may name its own text encoder (<see cref="GetEncoderAsync"/> / <see cref="SetEncoderAsync"/>).
/// Encoder choices and deletions record an audit entry (<see cref="AuditKinds.Workspace"/>) in the same transaction;
/// creation and import are recorded by <see cref="Storage.WorldStore"/>.
/// </summary>
public sealed class WorkspaceStore(IDbContextFactory<WorkbenchDbContext> contexts, IActorSource? actors = null)
{
    /// <summary>Longest encoder name the column holds.</summary>
    public const int MaxEncoderLength = 64;

    /// <summary>The text encoder chosen for workspace <paramref name="name"/>, or null when it uses the configured default.</summary>
    /// <exception cref="KeyNotFoundException">No workspace has that name.</exception>
    public async Task<string?> GetEncoderAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Workspaces.Where(w => w.Name == name).Select(w => new { w.Encoder }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new KeyNotFoundException($"There is no workspace named '{name}'.");
        return row.Encoder;
    }

    /// <summary>
    /// Chooses the text encoder of workspace <paramref name="name"/>: one of <paramref name="known"/> (compared ignoring
    /// case, stored as spelt there), or null for the configured default.
    /// </summary>
    /// <exception cref="ArgumentException">The encoder is not one of <paramref name="known"/> (the message names it and the choices).</exception>
    /// <exception cref="KeyNotFoundException">No workspace has that name.</exception>
    public async Task SetEncoderAsync(string name, string? encoder, IReadOnlyCollection<string> known, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(known);
        string? stored = null;
        if (encoder is not null)
        {
            stored = known.FirstOrDefault(k => string.Equals(k, encoder.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw new ArgumentException(
                    $"Unknown encoder '{encoder}' for workspace '{name}'; choose one of {string.Join(", ", known)}, or none for the configured default.",
                    nameof(encoder));
            if (stored.Length > MaxEncoderLength)
                throw new ArgumentException($"Encoder name '{stored}' is longer than {MaxEncoderLength} characters.", nameof(encoder));
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var row = await db.Workspaces.Where(w => w.Name == name).Select(w => new { w.Id, w.Encoder }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new KeyNotFoundException($"There is no workspace named '{name}'.");
        if (row.Encoder == stored) return;
        await db.Workspaces.Where(w => w.Id == row.Id).ExecuteUpdateAsync(set => set.SetProperty(w => w.Encoder, stored), cancellationToken);
        AuditTrail.Add(db, actors, AuditKinds.Workspace, AuditActions.Updated, name, row.Id, name,
            new { Encoder = row.Encoder ?? "(default)" }, new { Encoder = stored ?? "(default)" });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>All workspaces, oldest first, with their item, new-item, user and event counts.</summary>
    public async Task<IReadOnlyList<WorkspaceSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Workspaces.OrderBy(w => w.Id)
            .Select(w => new
            {
                w.Name,
                w.Kind,
                w.CreatedAt,
                w.Encoder,
                Items = db.Items.Count(i => i.WorkspaceId == w.Id),
                NewItems = db.Items.Count(i => i.WorkspaceId == w.Id && i.IsNew),
                Users = db.Users.Count(u => u.WorkspaceId == w.Id),
                Events = db.Events.Count(e => e.WorkspaceId == w.Id),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new WorkspaceSummary(
            r.Name, r.Kind, DateTime.SpecifyKind(r.CreatedAt, DateTimeKind.Utc), r.Items, r.NewItems, r.Users, r.Events, r.Encoder))];
    }

    /// <summary>Whether a workspace of that name exists (names compare exactly, as the unique index does).</summary>
    public async Task<bool> ExistsAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Workspaces.AnyAsync(w => w.Name == name, cancellationToken);
    }

    /// <summary>
    /// Deletes workspace <paramref name="name"/> and all its rows in one transaction: on any failure nothing is deleted.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No workspace has that name.</exception>
    /// <exception cref="InvalidOperationException">It is the sample workspace, which is never deleted.</exception>
    public async Task DeleteAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var workspace = await db.Workspaces.SingleOrDefaultAsync(w => w.Name == name, cancellationToken)
            ?? throw new KeyNotFoundException($"There is no workspace named '{name}'.");
        if (workspace.Kind == WorkspaceKinds.Sample)
            throw new InvalidOperationException($"Workspace '{name}' holds the sample world and is never deleted.");
        var id = workspace.Id;
        var before = new
        {
            workspace.Kind,
            CreatedAt = DateTime.SpecifyKind(workspace.CreatedAt, DateTimeKind.Utc),
            Encoder = workspace.Encoder ?? "(default)",
            Items = await db.Items.CountAsync(i => i.WorkspaceId == id, cancellationToken),
            Users = await db.Users.CountAsync(u => u.WorkspaceId == id, cancellationToken),
            Events = await db.Events.CountAsync(e => e.WorkspaceId == id, cancellationToken),
            Personas = await db.Personas.CountAsync(p => p.WorkspaceId == id, cancellationToken),
        };
        // Children first, so each delete is one indexed pass instead of a cascade row by row.
        await db.ItemTags.Where(t => t.Item!.WorkspaceId == id).ExecuteDeleteAsync(cancellationToken);
        await db.ItemImpressions.Where(i => i.Item!.WorkspaceId == id).ExecuteDeleteAsync(cancellationToken);
        await db.Events.Where(e => e.WorkspaceId == id).ExecuteDeleteAsync(cancellationToken);
        await db.Personas.Where(p => p.WorkspaceId == id).ExecuteDeleteAsync(cancellationToken);
        await db.ModelArtefacts.Where(m => m.WorkspaceId == id).ExecuteDeleteAsync(cancellationToken);
        await db.Users.Where(u => u.WorkspaceId == id).ExecuteDeleteAsync(cancellationToken);
        await db.Items.Where(i => i.WorkspaceId == id).ExecuteDeleteAsync(cancellationToken);
        await db.Workspaces.Where(w => w.Id == id).ExecuteDeleteAsync(cancellationToken);
        AuditTrail.Add(db, actors, AuditKinds.Workspace, AuditActions.Deleted, name, id, name, before, null);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
