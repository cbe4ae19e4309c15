using ColdStart.Engine.Scoring;

namespace ColdStart.Data.Stores;

/// <summary>A strategy as read from the store, with the row id and the concurrency version it was read at.</summary>
/// <param name="Id">The row id.</param>
/// <param name="Version">The concurrency version it was read at.</param>
/// <param name="Strategy">The strategy.</param>
/// <param name="Tuning">For a tuned strategy (Auto · workspace), what tuning chose and measured; otherwise null.</param>
public sealed record StoredStrategy(int Id, int Version, Strategy Strategy, TuningRecord? Tuning = null);
