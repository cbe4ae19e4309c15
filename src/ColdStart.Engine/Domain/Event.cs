namespace ColdStart.Engine.Domain;

/// <summary>One interaction, addressed by positions in <see cref="Dataset.Users"/> and <see cref="Dataset.Items"/>.</summary>
/// <param name="User">Index of the user.</param>
/// <param name="Item">Index of the item, or -1 for a search event.</param>
/// <param name="Type">Event type.</param>
/// <param name="Timestamp">Unix time in seconds (UTC).</param>
/// <param name="Query">Search text for <see cref="EventType.Search"/>, otherwise null.</param>
public readonly record struct Event(int User, int Item, EventType Type, long Timestamp, string? Query = null);
