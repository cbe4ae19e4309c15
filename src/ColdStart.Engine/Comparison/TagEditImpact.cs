using ColdStart.Engine.Domain;
using ColdStart.Engine.Training;

namespace ColdStart.Engine.Comparison;

/// <summary>
/// The preview of a tag edit (<see cref="TagEditPreview"/>). <see cref="Candidate"/> is the model the edit would make,
/// derived from <see cref="Basis"/> and never committed by the preview: saving the edit swaps this very snapshot in
/// (when the live model is still <see cref="Basis"/>), so what is saved is what was previewed.
/// </summary>
/// <param name="Basis">The snapshot the preview started from (the live one at that moment).</param>
/// <param name="Candidate">The snapshot with the edited item (<see cref="ModelSnapshot.WithItem"/>).</param>
/// <param name="Before">The item as in <paramref name="Basis"/>.</param>
/// <param name="After">The item with the new tags, as in <paramref name="Candidate"/>.</param>
/// <param name="Strategy">Name of the strategy the personas were ranked with.</param>
/// <param name="TopN">Length of the compared lists.</param>
/// <param name="Personas">One entry per persona, in the request's order.</param>
/// <param name="Neighbours">The item's nearest items before and after.</param>
/// <param name="Exposure">New-item exposure over all personas before and after.</param>
/// <param name="Elapsed">Time to derive the candidate and compare.</param>
public sealed record TagEditImpact(
    ModelSnapshot Basis,
    ModelSnapshot Candidate,
    Item Before,
    Item After,
    string Strategy,
    int TopN,
    IReadOnlyList<PersonaImpact> Personas,
    NeighbourImpact Neighbours,
    ExposureImpact Exposure,
    TimeSpan Elapsed)
{
    /// <summary>The personas whose list changes.</summary>
    public IEnumerable<PersonaImpact> Changed => Personas.Where(p => p.Changed);

    /// <summary>True when <paramref name="tags"/> are exactly the tags this preview is for (same order).</summary>
    public bool IsFor(string itemId, IReadOnlyList<string> tags) =>
        string.Equals(After.Id, itemId, StringComparison.Ordinal) && After.Tags.SequenceEqual(tags, StringComparer.Ordinal);
}
