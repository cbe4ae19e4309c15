using ColdStart.Data.Auditing;
using ColdStart.Data.Mapping;
using ColdStart.Engine.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace ColdStart.Data.Storage;

public sealed partial class WorldStore
{
    /// <summary>Stores a dataset as a new workspace; see <see cref="SaveWorldAsync(WorkspaceContent, IProgress{StoreProgress}?, CancellationToken)"/>.</summary>
    public Task<int> SaveWorldAsync(string workspace, string kind, Dataset dataset,
        IProgress<StoreProgress>? progress = null, CancellationToken cancellationToken = default) =>
        SaveWorldAsync(new WorkspaceContent(workspace, kind, dataset), progress, cancellationToken);

    /// <summary>
    /// Writes a workspace with its items, tags, users, events, personas (and missing strategies) in a single
    /// transaction: on failure or cancellation nothing is left behind. Returns the workspace id.
    /// </summary>
    /// <exception cref="InvalidOperationException">The workspace already holds items (nothing is overwritten).</exception>
    /// <exception cref="ArgumentException">The dataset is inconsistent (duplicate ids, event index out of range, ...).</exception>
    /// <exception cref="DatabaseUnavailableException">
    /// Another process held the database locked for longer than <c>Data:BusyTimeoutSeconds</c>; nothing was written and
    /// the same call can be retried.
    /// </exception>
    public async Task<int> SaveWorldAsync(WorkspaceContent content, IProgress<StoreProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        DatasetCheck.Validate(content);
        try
        {
            return await WriteWorldAsync(content, progress, cancellationToken);
        }
        catch (Exception ex) when (DatabaseStartup.LockedBy(ex) is { } locked)
        {
            throw DatabaseStartup.Unavailable(DatabasePath(), locked, "Nothing was written; try again once the other process is done.");
        }
    }

    private string DatabasePath()
    {
        using var db = contexts.CreateDbContext();
        return db.Database.GetDbConnection().DataSource;
    }

    private async Task<int> WriteWorldAsync(WorkspaceContent content, IProgress<StoreProgress>? progress, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var connection = await OpenConnectionAsync(db, cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=NORMAL;", cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var sqliteTransaction = (SqliteTransaction)transaction.GetDbTransaction();

        var workspaceId = await CreateWorkspaceAsync(db, content, cancellationToken);
        var writer = new BulkWriter(connection, sqliteTransaction, workspaceId, content, progress, cancellationToken);
        writer.WriteAll();
        await AddPersonasAndStrategiesAsync(db, workspaceId, content, cancellationToken);
        AuditTrail.Add(db, actors, AuditKinds.Workspace, AuditActions.Created, content.Workspace, workspaceId, content.Workspace, null, new
        {
            content.Kind,
            Items = content.Dataset.Items.Count,
            Users = content.Dataset.Users.Count,
            Events = content.Dataset.Events.Count,
            Personas = content.Personas?.Count ?? 0,
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        _logger.LogInformation("Stored workspace {Workspace}: {Items} items, {Users} users, {Events} events in {Seconds:F1} s",
            content.Workspace, content.Dataset.Items.Count, content.Dataset.Users.Count, content.Dataset.Events.Count, started.Elapsed.TotalSeconds);
        return workspaceId;
    }

    private static async Task<int> CreateWorkspaceAsync(WorkbenchDbContext db, WorkspaceContent content, CancellationToken cancellationToken)
    {
        var existing = await db.Workspaces.SingleOrDefaultAsync(w => w.Name == content.Workspace, cancellationToken);
        if (existing is null)
        {
            existing = NewWorkspace(content.Workspace, content.Kind);
            db.Workspaces.Add(existing);
            await db.SaveChangesAsync(cancellationToken);
            return existing.Id;
        }
        var items = await db.Items.CountAsync(i => i.WorkspaceId == existing.Id, cancellationToken);
        if (items > 0)
        {
            throw new InvalidOperationException(
                $"Workspace '{content.Workspace}' already holds {items} items; it is never overwritten. Choose another workspace name.");
        }
        return existing.Id;
    }

    private static async Task AddPersonasAndStrategiesAsync(WorkbenchDbContext db, int workspaceId, WorkspaceContent content, CancellationToken cancellationToken)
    {
        foreach (var persona in content.Personas ?? [])
        {
            db.Personas.Add(persona.ToEntity(workspaceId));
        }
        if (content.Strategies is { Count: > 0 } strategies)
        {
            var names = strategies.Select(s => s.Name).ToList();
            var present = await db.Strategies.Where(s => names.Contains(s.Name)).Select(s => s.Name).ToListAsync(cancellationToken);
            foreach (var strategy in strategies.Where(s => !present.Contains(s.Name)))
            {
                db.Strategies.Add(strategy.ToEntity());
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
