namespace ColdStart.Engine.Scoring;

/// <summary>The outcome of <see cref="Scorer.Rank"/>.</summary>
/// <param name="Items">Top k, best first.</param>
/// <param name="Warnings">Rules that were ignored and why, and components with no signal for this profile.</param>
/// <param name="Candidates">How many items passed the filters.</param>
public sealed record RankResult(IReadOnlyList<RankedItem> Items, IReadOnlyList<string> Warnings, int Candidates);
