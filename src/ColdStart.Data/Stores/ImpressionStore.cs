using Microsoft.EntityFrameworkCore;

namespace ColdStart.Data.Stores;

/// <summary>
/// How often each item of a workspace was shown by the running app, aggregated per item (one counter row each): the
/// impressions of the exploration posteriors, written before they are applied so a restart restores them. Clicks are
/// not counted here; they are events (<see cref="EventStore"/>). Model builds never read this table.
/// </summary>
public sealed class ImpressionStore(IDbContextFactory<WorkbenchDbContext> contexts)
{
    /// <summary>
    /// Adds one impression per entry of <paramref name="itemIds"/> (external ids; an id given twice counts twice) to
    /// <paramref name="workspace"/>'s counters, all in one transaction. Ids the workspace no longer has are skipped;
    /// returns how many impressions were stored.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No workspace has that name.</exception>
    public async Task<int> AddAsync(string workspace, IReadOnlyCollection<string> itemIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(itemIds);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var workspaceId = await db.Workspaces.Where(w => w.Name == workspace).Select(w => (int?)w.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new KeyNotFoundException($"There is no workspace named '{workspace}'.");
        if (itemIds.Count == 0) return 0;
        var counts = itemIds.GroupBy(id => id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var wanted = counts.Keys.ToList();
        var rows = await db.Items.Where(i => i.WorkspaceId == workspaceId && wanted.Contains(i.ExternalId))
            .Select(i => new { i.Id, i.ExternalId }).ToListAsync(cancellationToken);
        if (rows.Count == 0) return 0;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        int stored = 0;
        foreach (var row in rows)
        {
            long count = counts[row.ExternalId];
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"INSERT INTO ItemImpressions (ItemId, Impressions) VALUES ({row.Id}, {count}) ON CONFLICT(ItemId) DO UPDATE SET Impressions = Impressions + excluded.Impressions;",
                cancellationToken);
            stored += (int)count;
        }
        await transaction.CommitAsync(cancellationToken);
        return stored;
    }

    /// <summary>The stored impressions of <paramref name="workspace"/>'s items by external id (items never shown are absent); empty for an unknown workspace.</summary>
    public async Task<IReadOnlyDictionary<string, long>> ReadAsync(string workspace, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ItemImpressions.AsNoTracking()
            .Where(i => i.Item!.Workspace!.Name == workspace)
            .Select(i => new { i.Item!.ExternalId, i.Impressions })
            .ToDictionaryAsync(i => i.ExternalId, i => i.Impressions, StringComparer.Ordinal, cancellationToken);
    }
}
