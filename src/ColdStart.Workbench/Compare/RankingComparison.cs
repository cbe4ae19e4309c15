using ColdStart.Engine.Evaluation;

namespace ColdStart.Workbench.Compare;

/// <summary>The comparison figures of the Compare page: list overlap and ranks (diversity is the lab's <see cref="ColdStart.Engine.Evaluation.Metrics.IntraListDiversity"/>).</summary>
public static class RankingComparison
{
    /// <summary>|A ∩ B| / N for two top-N lists of item ids (0 when N is 0): the engine's <see cref="Metrics.Overlap"/>.</summary>
    public static double Overlap(IReadOnlyList<string> reference, IReadOnlyList<string> other, int n) => Metrics.Overlap(reference, other, n);

    /// <summary>Item id → 1-based rank of a list.</summary>
    public static Dictionary<string, int> Ranks(IReadOnlyList<string> ids)
    {
        var ranks = new Dictionary<string, int>(ids.Count, StringComparer.Ordinal);
        for (int i = 0; i < ids.Count; i++) ranks.TryAdd(ids[i], i + 1);
        return ranks;
    }
}
