using ColdStart.Engine.Scoring;

namespace ColdStart.Data.Stores;

/// <summary>A strategy as read from the store, with the row id and the concurrency version it was read at.</summary>
public sealed record StoredStrategy(int Id, int Version, Strategy Strategy);
