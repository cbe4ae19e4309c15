using ColdStart.Data.Auditing;
using ColdStart.Data.Entities;
using ColdStart.Engine.Domain;
using Microsoft.EntityFrameworkCore;

namespace ColdStart.Data.Stores;

/// <summary>
/// Item browsing and tag editing for one workspace: paged, filtered reads run as SQL in SQLite (no full load), and tag
/// replacement in one transaction on the normalised ItemTags table, with its audit entry (<see cref="AuditKinds.ItemTags"/>).
/// </summary>
public sealed class ItemStore(IDbContextFactory<WorkbenchDbContext> contexts, IActorSource? actors = null)
{
    /// <summary>One page of items in engine order (ascending row id), with the total count of matching items.</summary>
    public async Task<ItemListPage> GetPageAsync(string workspace, ItemQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Skip < 0) throw new ArgumentOutOfRangeException(nameof(query), query.Skip, "ItemQuery.Skip must not be negative.");
        if (query.Take is < 1 or > 500) throw new ArgumentOutOfRangeException(nameof(query), query.Take, "ItemQuery.Take must be between 1 and 500.");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var workspaceId = await RequireWorkspaceIdAsync(db, workspace, cancellationToken);
        var items = Filter(db.Items.Where(i => i.WorkspaceId == workspaceId), query);
        var total = await items.CountAsync(cancellationToken);
        var rows = await items.OrderBy(i => i.Id).Skip(query.Skip).Take(query.Take)
            .Select(i => new { i.ExternalId, i.Title, i.Department, i.Price, i.IsNew, Tags = i.Tags.Select(t => t.Tag).ToList() })
            .ToListAsync(cancellationToken);
        var list = rows.Select(r => new ItemListRow(r.ExternalId, r.Title, r.Department, r.Price, SortedTags(r.Tags), r.IsNew)).ToList();
        return new ItemListPage(list, total);
    }

    /// <summary>The distinct departments of the workspace, alphabetical.</summary>
    public async Task<IReadOnlyList<string>> GetDepartmentsAsync(string workspace, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var workspaceId = await RequireWorkspaceIdAsync(db, workspace, cancellationToken);
        return await db.Items.Where(i => i.WorkspaceId == workspaceId).Select(i => i.Department).Distinct()
            .OrderBy(d => d).ToListAsync(cancellationToken);
    }

    /// <summary>All tags used in the workspace, most used first.</summary>
    public async Task<IReadOnlyList<string>> GetTagsAsync(string workspace, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var workspaceId = await RequireWorkspaceIdAsync(db, workspace, cancellationToken);
        return await db.ItemTags.Where(t => t.Item!.WorkspaceId == workspaceId).GroupBy(t => t.Tag)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).ToListAsync(cancellationToken);
    }

    /// <summary>The item with external id <paramref name="itemId"/> as an engine item, or null when there is none.</summary>
    public async Task<Item?> GetItemAsync(string workspace, string itemId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var workspaceId = await RequireWorkspaceIdAsync(db, workspace, cancellationToken);
        var entity = await db.Items.AsNoTracking()
            .SingleOrDefaultAsync(i => i.WorkspaceId == workspaceId && i.ExternalId == itemId, cancellationToken);
        if (entity is null) return null;
        // Stored order (rowid), the order the engine reads when it loads the workspace.
        var tags = await db.Database.SqlQuery<string>($"SELECT Tag AS Value FROM ItemTags WHERE ItemId = {entity.Id} ORDER BY rowid")
            .ToListAsync(cancellationToken);
        return ToItem(entity, tags);
    }

    /// <summary>
    /// Replaces the tags of one item in one transaction and returns the item as stored. Tags are normalised (trimmed,
    /// lower case); an empty, over-long or duplicate tag throws <see cref="ArgumentException"/> and nothing is written.
    /// Optimistic concurrency: with <paramref name="expectedTags"/> (the tags the editor opened), a stored list that
    /// differs from them (someone saved in the meantime) throws <see cref="ItemTagsConflictException"/> and nothing is written.
    /// </summary>
    public async Task<Item> SetTagsAsync(string workspace, string itemId, IEnumerable<string> tags, IReadOnlyList<string>? expectedTags = null,
        CancellationToken cancellationToken = default)
    {
        var normal = ItemTagRules.NormaliseAll(tags);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var workspaceId = await RequireWorkspaceIdAsync(db, workspace, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var entity = await db.Items.AsNoTracking()
            .SingleOrDefaultAsync(i => i.WorkspaceId == workspaceId && i.ExternalId == itemId, cancellationToken)
            ?? throw new KeyNotFoundException($"Workspace '{workspace}' has no item with id '{itemId}'.");
        var before = await db.Database.SqlQuery<string>($"SELECT Tag AS Value FROM ItemTags WHERE ItemId = {entity.Id} ORDER BY rowid")
            .ToListAsync(cancellationToken);
        if (expectedTags is not null && !before.SequenceEqual(expectedTags, StringComparer.Ordinal))
            throw new ItemTagsConflictException(itemId, expectedTags, before);
        await db.ItemTags.Where(t => t.ItemId == entity.Id).ExecuteDeleteAsync(cancellationToken);
        // One insert per tag keeps the typed order as rowid order (the order the engine loads).
        foreach (var tag in normal)
            await db.Database.ExecuteSqlAsync($"INSERT INTO ItemTags (ItemId, Tag) VALUES ({entity.Id}, {tag})", cancellationToken);
        AuditTrail.Add(db, actors, AuditKinds.ItemTags, AuditActions.Updated, $"{entity.ExternalId} · {entity.Title}", entity.Id, workspace,
            new { Tags = (IReadOnlyList<string>)before }, new { Tags = normal });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ToItem(entity, normal);
    }

    private static IQueryable<ItemEntity> Filter(IQueryable<ItemEntity> items, ItemQuery query)
    {
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = "%" + EscapeLike(query.Search.Trim()) + "%";
            items = items.Where(i => EF.Functions.Like(i.Title, pattern, "\\") || EF.Functions.Like(i.ExternalId, pattern, "\\"));
        }
        if (!string.IsNullOrEmpty(query.Department)) items = items.Where(i => i.Department == query.Department);
        if (query.NewOnly) items = items.Where(i => i.IsNew);
        return items;
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    private static List<string> SortedTags(IEnumerable<string> tags) => [.. tags.Order(StringComparer.Ordinal)];

    private static Item ToItem(ItemEntity e, IReadOnlyList<string> tags) =>
        new(e.ExternalId, e.Title, e.Description, e.Department, e.ProductType, e.CategoryPath, e.Brand, e.Price, e.LaunchDate, tags);

    private static async Task<int> RequireWorkspaceIdAsync(WorkbenchDbContext db, string workspace, CancellationToken cancellationToken)
    {
        var ids = await db.Workspaces.Where(w => w.Name == workspace).Select(w => w.Id).ToListAsync(cancellationToken);
        return ids.Count == 1 ? ids[0] : throw new KeyNotFoundException($"There is no workspace named '{workspace}'.");
    }
}
