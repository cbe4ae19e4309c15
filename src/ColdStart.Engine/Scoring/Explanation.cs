namespace ColdStart.Engine.Scoring;

/// <summary>Why an item got its score and place. <see cref="Parts"/> add up to <see cref="RankedItem.Score"/>.</summary>
/// <param name="Parts">The six components (always, in the order of <see cref="BlendWeights.Names"/>), the new-item boost when one applied, then rule adjustments.</param>
/// <param name="MatchedTags">The item's tags that the profile's words mention.</param>
/// <param name="MatchedTerms">Words of the item's title that the profile used.</param>
/// <param name="RulesFired">Plain-language descriptions of the rules that changed this item's score or place.</param>
/// <param name="DiversityPenalty">What MMR subtracted when it picked this item (0 without diversity); it orders, it does not score.</param>
public sealed record Explanation(
    IReadOnlyList<ScorePart> Parts,
    IReadOnlyList<string> MatchedTags,
    IReadOnlyList<string> MatchedTerms,
    IReadOnlyList<string> RulesFired,
    float DiversityPenalty)
{
    public float Component(string name)
    {
        foreach (var part in Parts) if (part.Name == name) return part.Value;
        return 0f;
    }
}
