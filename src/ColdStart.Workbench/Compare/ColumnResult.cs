using ColdStart.Engine.Profiles;

namespace ColdStart.Workbench.Compare;

/// <summary>What one column shows after ranking.</summary>
/// <param name="Cards">Top N, best first.</param>
/// <param name="Overlap">|A ∩ B| / N against the first column; null for the first column.</param>
/// <param name="Diversity">Intra-list diversity (mean pairwise 1 − semantic cosine).</param>
/// <param name="ProfileWarnings">Inputs of the persona that could not be used.</param>
/// <param name="StrategyWarnings">Rules ignored, components without signal, invalid weights.</param>
/// <param name="EncodeTime">Time spent building the persona's profile.</param>
/// <param name="Candidates">Items that passed the filters.</param>
/// <param name="Error">Why the column could not be ranked, or null.</param>
/// <param name="Interactions">Items the persona has revealed (its seed items): they pick a weight schedule's step.</param>
/// <param name="Profile">The persona's profile the column ranked with (shown beside the results), or null when none was built.</param>
public sealed record ColumnResult(
    IReadOnlyList<CompareCard> Cards,
    double? Overlap,
    double Diversity,
    IReadOnlyList<string> ProfileWarnings,
    IReadOnlyList<string> StrategyWarnings,
    TimeSpan EncodeTime,
    int Candidates,
    string? Error = null,
    int Interactions = 0,
    Profile? Profile = null)
{
    public static ColumnResult Failed(string error, int interactions = 0, Profile? profile = null) =>
        new([], null, 0, [], [], TimeSpan.Zero, 0, error, interactions, profile);
}
