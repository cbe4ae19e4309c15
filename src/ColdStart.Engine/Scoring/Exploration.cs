namespace ColdStart.Engine.Scoring;

/// <summary>
/// What <see cref="Scorer.Rank"/> needs to fill exploration slots: the
/// posteriors of the new items and the random source of the Thompson draws (one per session or request; not thread-safe).
/// </summary>
/// <param name="State">Impressions and clicks per item, updated by the caller from session events.</param>
/// <param name="Random">Seeded random source of the draws.</param>
/// <param name="Options">Prior and pool settings; null for the defaults.</param>
public sealed record Exploration(ExplorationState State, Random Random, ExplorationOptions? Options = null);
