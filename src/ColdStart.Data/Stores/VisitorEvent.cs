using ColdStart.Engine.Domain;

namespace ColdStart.Data.Stores;

/// <summary>One event a visitor made, addressed by the item's external id (null for a search).</summary>
/// <param name="Type">View, cart, purchase or search.</param>
/// <param name="ItemId">The item's external id; null for a search.</param>
/// <param name="Query">The search text of a search, otherwise null.</param>
/// <param name="Timestamp">Unix time in seconds (UTC).</param>
public sealed record VisitorEvent(EventType Type, string? ItemId, string? Query, long Timestamp);
