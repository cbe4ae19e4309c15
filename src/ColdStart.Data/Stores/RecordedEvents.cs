namespace ColdStart.Data.Stores;

/// <summary>What <see cref="EventStore.AppendAsync"/> did.</summary>
/// <param name="Recorded">Events stored (0 when any item was unknown).</param>
/// <param name="NewVisitor">True when the visitor was stored as a new user of the workspace.</param>
/// <param name="UnknownItems">Positions of events whose item is not in the workspace; when any, nothing was stored.</param>
/// <param name="PreviousLatest">The workspace's latest event time (Unix seconds) before this call, or null when it had none.</param>
public sealed record RecordedEvents(int Recorded, bool NewVisitor, IReadOnlyList<int> UnknownItems, long? PreviousLatest = null);
