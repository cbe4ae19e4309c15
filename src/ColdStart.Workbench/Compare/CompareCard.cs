using ColdStart.Engine.Scoring;

namespace ColdStart.Workbench.Compare;

/// <summary>One result card of a column.</summary>
/// <param name="Ranked">The ranked item with its explanation.</param>
/// <param name="IsNew">True for a cold item (no events in training).</param>
/// <param name="Change">Rank change against the first column (unchanged for the first column itself).</param>
/// <param name="Segments">The stacked score bar.</param>
/// <param name="ReorderedByDiversity">
/// True when the card above scores lower than this one: the diversity re-rank (MMR) picked that less similar item first.
/// </param>
public sealed record CompareCard(RankedItem Ranked, bool IsNew, RankChange Change, IReadOnlyList<ScoreSegment> Segments, bool ReorderedByDiversity = false)
{
    public string ItemId => Ranked.Item.Id;
}
