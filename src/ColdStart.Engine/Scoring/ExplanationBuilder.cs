using ColdStart.Engine.Profiles;

namespace ColdStart.Engine.Scoring;

/// <summary>Builds the per-item explanation for the top k (parts that add up, matched tags and terms, rules fired).</summary>
internal sealed class ExplanationBuilder(CatalogIndex catalog, Profile profile, ScoringPass pass, ResolvedRules rules)
{
    public Explanation Explain(int index, float penalty, PinRule? pin)
    {
        var (values, newItemBoost) = pass.Components(index);
        var parts = new List<ScorePart>(values.Length + 2);
        for (int c = 0; c < values.Length; c++) parts.Add(new ScorePart(BlendWeights.Names[c], values[c]));
        var fired = new List<string>();
        var item = catalog.Items[index];
        if (newItemBoost != 0)
        {
            parts.Add(new ScorePart(ScorePart.NewItem, newItemBoost));
            fired.Add($"New item (no interactions yet): scored with the strategy's new-item weights, boost {newItemBoost:+0.##;-0.##}");
        }
        if (values[4] > 0 && catalog.Neighbours is { } neighbours && neighbours.StrongestSeed(profile.SeedItems, index) is >= 0 and var seed)
            fired.Add($"Because you viewed {catalog.Items[seed].Title}");
        foreach (var rule in rules.ScoreRules)
        {
            if (!rule.Applies(index)) continue;
            string verb = rule.Strength >= 0 ? "boost" : "bury";
            parts.Add(new ScorePart($"Rule: {verb} {rule.Subject}", rule.Strength));
            fired.Add($"{(rule.Strength >= 0 ? "Boosted" : "Buried")} by {rule.Subject} ({rule.Strength:+0.##;-0.##})");
        }
        if (pin is not null) fired.Add($"Pinned at position {pin.Position}");
        if (penalty > 0) fired.Add($"Diversity (MMR) penalty {penalty:0.###} when picked");

        var words = catalog.WordsOf(index);
        var matchedTags = new List<string>();
        for (int t = 0; t < item.Tags.Count; t++)
            if (MentionsAll(words.Tags[t]) && !matchedTags.Contains(item.Tags[t], StringComparer.OrdinalIgnoreCase)) matchedTags.Add(item.Tags[t]);
        var matchedTerms = new List<string>();
        foreach (var word in words.Title)
            if (word.Length > 2 && profile.Terms.Contains(word) && !matchedTerms.Contains(word)) matchedTerms.Add(word);
        return new Explanation(parts, matchedTags, matchedTerms, fired, penalty);
    }

    private bool MentionsAll(IReadOnlyList<string> words)
    {
        if (words.Count == 0) return false;
        foreach (var word in words) if (!profile.Terms.Contains(word)) return false;
        return true;
    }
}
