using ColdStart.Engine.Scoring;

namespace ColdStart.Workbench.Api;

/// <summary>One ranked item with its explanation; <see cref="Parts"/> add up to <see cref="Score"/>.</summary>
/// <param name="Rank">1-based position.</param>
/// <param name="Id">The item's external id.</param>
/// <param name="Title">Display title.</param>
/// <param name="Department">Top-level department.</param>
/// <param name="Brand">Brand (may be empty).</param>
/// <param name="Price">Price in the shop's currency.</param>
/// <param name="Tags">Merchandising tags.</param>
/// <param name="Score">The relevance score: the sum of <paramref name="Parts"/>.</param>
/// <param name="Pinned">True when a pin rule placed the item.</param>
/// <param name="MatchedTags">The item's tags that the visitor's words mention.</param>
/// <param name="MatchedTerms">Words of the item's title that the visitor used.</param>
/// <param name="RulesFired">The rules that changed this item's score or place, in words.</param>
/// <param name="Parts">The six components, the new-item boost when one applied, then rule adjustments.</param>
/// <param name="IsNew">The item has no interactions yet.</param>
/// <param name="DiversityPenalty">What diversity re-ranking subtracted when it picked the item (orders, does not score).</param>
/// <param name="Explored">The item fills an exploration slot (a new item drawn by Thompson sampling).</param>
public sealed record RecommendedItem(
    int Rank, string Id, string Title, string Department, string Brand, float Price, IReadOnlyList<string> Tags, bool IsNew,
    float Score, bool Pinned, IReadOnlyList<ScorePart> Parts, IReadOnlyList<string> MatchedTags, IReadOnlyList<string> MatchedTerms,
    IReadOnlyList<string> RulesFired, float DiversityPenalty, bool Explored = false)
{
    public static RecommendedItem Of(RankedItem ranked, bool isNew)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        var item = ranked.Item;
        var why = ranked.Explanation;
        return new RecommendedItem(ranked.Rank, item.Id, item.Title, item.Department, item.Brand, item.Price, item.Tags, isNew,
            ranked.Score, ranked.Pinned, why.Parts, why.MatchedTags, why.MatchedTerms, why.RulesFired, why.DiversityPenalty, ranked.Explored);
    }
}
