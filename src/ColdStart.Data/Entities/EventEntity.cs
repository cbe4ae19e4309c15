using ColdStart.Engine.Domain;

namespace ColdStart.Data.Entities;

/// <summary>One shopper event: view, add-to-cart, purchase (with an item) or search (with query text, no item).</summary>
public sealed class EventEntity
{
    public long Id { get; set; }
    public int WorkspaceId { get; set; }
    public WorkspaceEntity? Workspace { get; set; }
    public int UserId { get; set; }
    public UserEntity? User { get; set; }
    public int? ItemId { get; set; }
    public ItemEntity? Item { get; set; }
    public EventType Type { get; set; }

    /// <summary>Unix time in seconds (UTC).</summary>
    public long Timestamp { get; set; }

    /// <summary>Search text of a search event, otherwise null.</summary>
    public string? Query { get; set; }
}
