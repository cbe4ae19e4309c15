using ColdStart.Engine.Suites;

namespace ColdStart.Data.Stores;

/// <summary>A suite as read from the store, with its row id and the concurrency version it was read at.</summary>
public sealed record StoredSuite(int Id, int Version, Suite Suite, DateTime UpdatedAt);
