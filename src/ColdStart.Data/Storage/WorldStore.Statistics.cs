using ColdStart.Engine.Domain;
using Microsoft.EntityFrameworkCore;

namespace ColdStart.Data.Storage;

public sealed partial class WorldStore
{
    /// <summary>Counts, events per type, the <paramref name="topDepartments"/> departments with most item events, share of new items and the date range.</summary>
    /// <exception cref="KeyNotFoundException">No workspace has that name.</exception>
    public async Task<WorkspaceStatistics> GetStatisticsAsync(string workspace, int topDepartments = 5, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var id = await RequireWorkspaceIdAsync(db, workspace, cancellationToken);
        var items = db.Items.Where(i => i.WorkspaceId == id);
        var events = db.Events.Where(e => e.WorkspaceId == id);

        var itemCount = await items.CountAsync(cancellationToken);
        var newItems = await items.CountAsync(i => i.IsNew, cancellationToken);
        var departments = await items.Select(i => i.Department).Distinct().CountAsync(cancellationToken);
        var users = await db.Users.CountAsync(u => u.WorkspaceId == id, cancellationToken);
        var personas = await db.Personas.CountAsync(p => p.WorkspaceId == id, cancellationToken);
        var byType = await events.GroupBy(e => e.Type)
            .Select(g => new { Type = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Type, x => x.Count, cancellationToken);
        var top = await events.Where(e => e.ItemId != null)
            .GroupBy(e => e.Item!.Department)
            .Select(g => new { Department = g.Key, Count = g.Count() })
            .OrderByDescending(x => x.Count).ThenBy(x => x.Department)
            .Take(topDepartments)
            .ToListAsync(cancellationToken);
        var first = await events.MinAsync(e => (long?)e.Timestamp, cancellationToken);
        var last = await events.MaxAsync(e => (long?)e.Timestamp, cancellationToken);

        return new WorkspaceStatistics(
            workspace, itemCount, newItems, departments, users, byType.Values.Sum(), personas,
            [.. Enum.GetValues<EventType>().Select(t => new EventTypeCount(t, byType.GetValueOrDefault(t)))],
            [.. top.Select(x => new DepartmentCount(x.Department, x.Count))],
            ToUtc(first), ToUtc(last));
    }

    /// <summary>The instant, or null when there is none or it lies outside the dates a clock can show (stored before imports checked the range).</summary>
    private static DateTime? ToUtc(long? unixSeconds) =>
        unixSeconds is { } seconds && Import.ImportFields.IsInRange(seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime : null;
}
