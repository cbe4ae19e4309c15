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
/// <param name="Moved">
/// Rank change against the same column's list before the last change that altered it (a slider, a rule, a tag edit);
/// null when there is no earlier list for this persona × strategy.
/// </param>
/// <param name="Before">The item as it was ranked in that earlier list (its score parts then), or null when it was not in it.</param>
public sealed record CompareCard(
    RankedItem Ranked, bool IsNew, RankChange Change, IReadOnlyList<ScoreSegment> Segments, bool ReorderedByDiversity = false,
    RankChange? Moved = null, RankedItem? Before = null)
{
    public string ItemId => Ranked.Item.Id;

    /// <summary>True when the last change moved this card (up, down, or into the list).</summary>
    public bool HasMoved => Moved is { } moved && (moved.IsNew || moved.Delta != 0);

    /// <summary>
    /// True when the last change moved this card or changed its score in place (e.g. a tag edit whose semantic part
    /// changed while the collaborative part kept it at its rank): "Why?" then shows the parts before and now.
    /// </summary>
    public bool HasChanged => HasMoved || (Before is { } before && !before.Score.Equals(Ranked.Score));
}
