namespace ColdStart.Engine.Domain;

/// <summary>
/// An event that arrived after the model was built (a session's click, an API call), applied to the live model's
/// popularity and freshness at once and learned from at the next build.
/// </summary>
/// <param name="Item">Catalog index of the item, or -1 for a search.</param>
/// <param name="Type">View, cart, purchase, or search (which only moves the model's clock).</param>
/// <param name="Timestamp">Unix time in seconds (UTC).</param>
/// <param name="Attributes">The visitor's attributes, which pick the segments whose popularity the event also counts in.</param>
public sealed record OnlineEvent(int Item, EventType Type, long Timestamp, IReadOnlyDictionary<string, string> Attributes);
