using ColdStart.Engine.Domain;

namespace ColdStart.Data.Stores;

/// <summary>An event read back from the store's log, with its row id and its visitor's attributes.</summary>
/// <param name="Id">Row id: position in the event log.</param>
/// <param name="ItemId">The item's external id; null for a search.</param>
/// <param name="Type">View, cart, purchase or search.</param>
/// <param name="Timestamp">Unix time in seconds (UTC).</param>
/// <param name="Attributes">The visitor's stored attributes.</param>
public sealed record StoredEvent(long Id, string? ItemId, EventType Type, long Timestamp, IReadOnlyDictionary<string, string> Attributes);
