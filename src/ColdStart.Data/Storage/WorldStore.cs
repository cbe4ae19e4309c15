using ColdStart.Data.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ColdStart.Data.Storage;

/// <summary>
/// Whole-world reads and writes: bulk insert of a dataset (raw prepared commands in one transaction; EF change
/// tracking is far too slow for 300k rows), loading a workspace back as an engine <c>Dataset</c>, and statistics.
/// </summary>
public sealed partial class WorldStore(
    IDbContextFactory<WorkbenchDbContext> contexts, ILogger<WorldStore>? logger = null, Auditing.IActorSource? actors = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<WorldStore>.Instance;

    /// <summary>Whether the workspace exists and holds at least one item.</summary>
    public async Task<bool> HasItemsAsync(string workspace, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Items.AnyAsync(i => i.Workspace!.Name == workspace, cancellationToken);
    }

    /// <summary>Names of all workspaces, oldest first.</summary>
    public async Task<IReadOnlyList<string>> ListWorkspacesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Workspaces.OrderBy(w => w.Id).Select(w => w.Name).ToListAsync(cancellationToken);
    }

    /// <summary>Hidden archetype per user, in dataset user order. Evaluation only: no scoring code may read it.</summary>
    public async Task<int?[]> LoadUserArchetypesAsync(string workspace, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var id = await RequireWorkspaceIdAsync(db, workspace, cancellationToken);
        var archetypes = await db.Users.Where(u => u.WorkspaceId == id).OrderBy(u => u.Id)
            .Select(u => u.Archetype).ToListAsync(cancellationToken);
        return [.. archetypes];
    }

    private static async Task<int> RequireWorkspaceIdAsync(WorkbenchDbContext db, string workspace, CancellationToken cancellationToken)
    {
        var id = await db.Workspaces.Where(w => w.Name == workspace).Select(w => (int?)w.Id).SingleOrDefaultAsync(cancellationToken);
        return id ?? throw new KeyNotFoundException($"There is no workspace named '{workspace}'.");
    }

    private static async Task<SqliteConnection> OpenConnectionAsync(WorkbenchDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        return (SqliteConnection)db.Database.GetDbConnection();
    }

    private static WorkspaceEntity NewWorkspace(string name, string kind) =>
        new() { Name = name, Kind = kind, CreatedAt = DateTime.UtcNow };
}
