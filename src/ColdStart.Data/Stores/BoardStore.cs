using ColdStart.Data.Auditing;
using ColdStart.Data.Entities;
using ColdStart.Data.Mapping;
using Microsoft.EntityFrameworkCore;

namespace ColdStart.Data.Stores;

/// <summary>
/// Saved Compare boards of a workspace. Saving under an existing name (ignoring case) replaces that board; renaming to
/// a taken name is refused. A bad board (empty or over-long name, no columns, Top N out of range) is refused with a
/// message naming the field, and nothing is written. Every save, rename and delete is in the audit trail (kind "board",
/// before and after), committed with the change itself.
/// </summary>
public sealed class BoardStore(IDbContextFactory<WorkbenchDbContext> contexts, IActorSource? actors = null)
{
    public const int MaxNameLength = 200;
    public const int MaxColumns = 8;
    public const int MaxTopN = 200;

    /// <summary>The boards of <paramref name="workspace"/> by name (ignoring case).</summary>
    public async Task<IReadOnlyList<StoredBoard>> ListAsync(string workspace, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Boards.AsNoTracking().Where(b => b.Workspace!.Name == workspace).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(b => b.Name, StringComparer.OrdinalIgnoreCase).ThenBy(b => b.Id).Select(b => ToStored(b, workspace))];
    }

    /// <summary>The board of <paramref name="workspace"/> named <paramref name="name"/> (ignoring case), or null.</summary>
    public async Task<StoredBoard?> FindAsync(string workspace, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        return (await ListAsync(workspace, cancellationToken)).FirstOrDefault(b => string.Equals(b.Board.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Saves <paramref name="board"/> in <paramref name="workspace"/>, replacing a board of the same name.</summary>
    /// <exception cref="ArgumentException">The board is invalid; the message names the field.</exception>
    /// <exception cref="KeyNotFoundException">No workspace has that name.</exception>
    public async Task<StoredBoard> SaveAsync(string workspace, SavedBoard board, CancellationToken cancellationToken = default)
    {
        board = Checked(board);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var workspaceId = await db.Workspaces.Where(w => w.Name == workspace).Select(w => (int?)w.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new KeyNotFoundException($"There is no workspace named '{workspace}'.");
        var rows = await db.Boards.Where(b => b.WorkspaceId == workspaceId).ToListAsync(cancellationToken);
        var entity = rows.FirstOrDefault(b => string.Equals(b.Name, board.Name, StringComparison.OrdinalIgnoreCase));
        var before = entity is null ? null : ToStored(entity, workspace).Board;
        // One transaction: a new board's audit entry needs its id.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (entity is null)
        {
            entity = new BoardEntity { WorkspaceId = workspaceId, Name = board.Name };
            db.Add(entity);
        }
        Write(board, entity);
        await db.SaveChangesAsync(cancellationToken);
        AuditTrail.Add(db, actors, AuditKinds.Board, before is null ? AuditActions.Created : AuditActions.Updated, board.Name, entity.Id, workspace, before, board);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ToStored(entity, workspace);
    }

    /// <summary>Renames board <paramref name="id"/>.</summary>
    /// <exception cref="ArgumentException">The name is empty or too long.</exception>
    /// <exception cref="InvalidOperationException">Another board of the workspace has that name.</exception>
    /// <exception cref="KeyNotFoundException">There is no board <paramref name="id"/>.</exception>
    public async Task<StoredBoard> RenameAsync(int id, string name, CancellationToken cancellationToken = default)
    {
        name = CheckedName(name);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await db.Boards.Include(b => b.Workspace).SingleOrDefaultAsync(b => b.Id == id, cancellationToken)
            ?? throw new KeyNotFoundException($"There is no board {id}; it may have been deleted.");
        var taken = await db.Boards.Where(b => b.WorkspaceId == entity.WorkspaceId && b.Id != id).Select(b => b.Name).ToListAsync(cancellationToken);
        if (taken.Contains(name, StringComparer.OrdinalIgnoreCase))
            throw new InvalidOperationException($"A board named '{name}' already exists in this workspace.");
        var before = ToStored(entity, entity.Workspace!.Name).Board;
        entity.Name = name;
        entity.UpdatedAt = DateTime.UtcNow;
        AuditTrail.Add(db, actors, AuditKinds.Board, AuditActions.Updated, name, id, entity.Workspace.Name, before, before with { Name = name });
        await db.SaveChangesAsync(cancellationToken);
        return ToStored(entity, entity.Workspace.Name);
    }

    /// <summary>Deletes board <paramref name="id"/>; false when there was none.</summary>
    public async Task<bool> DeleteAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await db.Boards.Include(b => b.Workspace).SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (entity is null) return false;
        var before = ToStored(entity, entity.Workspace!.Name).Board;
        db.Boards.Remove(entity);
        AuditTrail.Add<SavedBoard>(db, actors, AuditKinds.Board, AuditActions.Deleted, before.Name, id, entity.Workspace.Name, before, null);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static SavedBoard Checked(SavedBoard board)
    {
        ArgumentNullException.ThrowIfNull(board);
        string name = CheckedName(board.Name);
        if (board.Columns is null || board.Columns.Count == 0) throw new ArgumentException("columns: a board needs at least one column.");
        if (board.Columns.Count > MaxColumns) throw new ArgumentException($"columns: a board has at most {MaxColumns} columns (got {board.Columns.Count}).");
        for (int i = 0; i < board.Columns.Count; i++)
        {
            var column = board.Columns[i];
            if (string.IsNullOrWhiteSpace(column?.Persona)) throw new ArgumentException($"columns[{i}].persona: must name a persona.");
            if (string.IsNullOrWhiteSpace(column.Strategy)) throw new ArgumentException($"columns[{i}].strategy: must name a strategy.");
        }
        if (board.TopN is < 1 or > MaxTopN) throw new ArgumentException($"topN: must be between 1 and {MaxTopN} (got {board.TopN}).");
        return board with { Name = name };
    }

    private static string CheckedName(string? name)
    {
        name = (name ?? "").Trim();
        if (name.Length == 0) throw new ArgumentException("name: a board needs a name.");
        if (name.Length > MaxNameLength) throw new ArgumentException($"name: at most {MaxNameLength} characters (got {name.Length}).");
        return name;
    }

    private static void Write(SavedBoard board, BoardEntity entity)
    {
        entity.Name = board.Name;
        entity.ColumnsJson = StoreJson.Serialize(board.Columns);
        entity.TopN = board.TopN;
        entity.Compact = board.Compact;
        entity.Editing = board.Editing;
        entity.UpdatedAt = DateTime.UtcNow;
    }

    private static StoredBoard ToStored(BoardEntity entity, string workspace) => new(entity.Id, workspace,
        new SavedBoard(entity.Name, StoreJson.Deserialize<List<BoardColumn>>(entity.ColumnsJson, $"Columns of board '{entity.Name}'"), entity.TopN, entity.Compact, entity.Editing),
        DateTime.SpecifyKind(entity.UpdatedAt, DateTimeKind.Utc));
}
