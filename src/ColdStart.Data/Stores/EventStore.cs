using ColdStart.Data.Entities;
using ColdStart.Data.Mapping;
using ColdStart.Engine.Domain;
using Microsoft.EntityFrameworkCore;

namespace ColdStart.Data.Stores;

/// <summary>
/// Appends a visitor's events to a workspace's event history (the same Users and Events tables imports fill), so the
/// next model build learns from them. A visitor is a user of the workspace by external id, created on first sight with
/// the attributes given then. All of a call's events are stored in one transaction, or none.
/// </summary>
public sealed class EventStore(IDbContextFactory<WorkbenchDbContext> contexts)
{
    public async Task<RecordedEvents> AppendAsync(
        string workspace, string visitorId, IReadOnlyDictionary<string, string>? attributes, IReadOnlyList<VisitorEvent> events,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(visitorId);
        ArgumentNullException.ThrowIfNull(events);
        try
        {
            return await TryAppendAsync(workspace, visitorId, attributes, events, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same new visitor was stored by a concurrent call (unique external id): append to that user.
            return await TryAppendAsync(workspace, visitorId, attributes, events, cancellationToken);
        }
    }

    /// <summary>
    /// The events of <paramref name="workspace"/> stored after row id <paramref name="afterId"/> (a model's
    /// <see cref="Dataset.EventWatermark"/>), in log order, at most <paramref name="max"/>; empty for an unknown workspace.
    /// </summary>
    public async Task<IReadOnlyList<StoredEvent>> ReadAfterAsync(string workspace, long afterId, int max = 100_000, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Events.AsNoTracking()
            .Where(e => e.Workspace!.Name == workspace && e.Id > afterId)
            .OrderBy(e => e.Id)
            .Take(max)
            .Select(e => new { e.Id, Item = e.Item == null ? null : e.Item.ExternalId, e.Type, e.Timestamp, e.User!.AttributesJson, User = e.User.ExternalId })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new StoredEvent(r.Id, r.Item, r.Type, r.Timestamp, StoreJson.ReadAttributes(r.AttributesJson, $"Attributes of user '{r.User}'")))];
    }

    private async Task<RecordedEvents> TryAppendAsync(
        string workspace, string visitorId, IReadOnlyDictionary<string, string>? attributes, IReadOnlyList<VisitorEvent> events,
        CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var workspaceId = await db.Workspaces.Where(w => w.Name == workspace).Select(w => (int?)w.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new KeyNotFoundException($"There is no workspace named '{workspace}'.");
        var wanted = events.Where(e => e.ItemId is not null).Select(e => e.ItemId!).Distinct(StringComparer.Ordinal).ToList();
        var items = await db.Items.Where(i => i.WorkspaceId == workspaceId && wanted.Contains(i.ExternalId))
            .Select(i => new { i.Id, i.ExternalId }).ToDictionaryAsync(i => i.ExternalId, i => i.Id, StringComparer.Ordinal, cancellationToken);
        var unknown = new List<int>();
        for (int i = 0; i < events.Count; i++)
            if (events[i].ItemId is { } id && !items.ContainsKey(id)) unknown.Add(i);
        if (unknown.Count > 0) return new RecordedEvents(0, false, unknown);

        long? latest = await db.Events.Where(e => e.WorkspaceId == workspaceId).MaxAsync(e => (long?)e.Timestamp, cancellationToken);
        var user = await db.Users.SingleOrDefaultAsync(u => u.WorkspaceId == workspaceId && u.ExternalId == visitorId, cancellationToken);
        bool isNew = user is null;
        user ??= db.Users.Add(new UserEntity
        {
            WorkspaceId = workspaceId,
            ExternalId = visitorId,
            AttributesJson = StoreJson.Serialize(attributes ?? new Dictionary<string, string>()),
        }).Entity;
        foreach (var e in events)
        {
            db.Events.Add(new EventEntity
            {
                WorkspaceId = workspaceId,
                User = user,
                ItemId = e.ItemId is { } id ? items[id] : null,
                Type = e.Type,
                Timestamp = e.Timestamp,
                Query = e.Type == EventType.Search ? e.Query : null,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
        return new RecordedEvents(events.Count, isNew, [], latest);
    }
}
