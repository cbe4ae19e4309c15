namespace ColdStart.Engine.Domain;

/// <summary>An in-memory world: catalog, historical users and their events. Immutable by convention.</summary>
/// <param name="Name">Workspace name, e.g. "sample" or "ml-latest-small".</param>
/// <param name="Items">The catalog; an item's index is its position.</param>
/// <param name="Users">Historical users; a user's index is its position.</param>
/// <param name="Events">Events ordered by timestamp.</param>
public sealed record Dataset(string Name, IReadOnlyList<Item> Items, IReadOnlyList<User> Users, IReadOnlyList<Event> Events)
{
    /// <summary>The latest event time (Unix seconds), used as "now" for recency and freshness; 0 when there are no events.</summary>
    public long Now => Events.Count == 0 ? 0 : Events[^1].Timestamp;

    /// <summary>
    /// How far into the store's event log this dataset was read (the newest event's row id; 0 when not read from a
    /// store). Events stored after it are not in <see cref="Events"/> and are applied to a live model online.
    /// </summary>
    public long EventWatermark { get; init; }
}
