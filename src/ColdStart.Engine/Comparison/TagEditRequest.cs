using ColdStart.Engine.Domain;
using ColdStart.Engine.Scoring;

namespace ColdStart.Engine.Comparison;

/// <summary>A tag edit to preview: the item, its new tags (as they would be stored), the personas and strategy to rank with, N.</summary>
/// <param name="ItemId">External id of the edited item.</param>
/// <param name="Tags">The item's tags after the edit, in order (already normalised by the caller's rules).</param>
/// <param name="Personas">Whose top-N lists to compare.</param>
/// <param name="Strategy">The strategy every persona is ranked with.</param>
/// <param name="TopN">Length of each persona's list.</param>
/// <param name="Neighbours">How many nearest items of the edited item to compare.</param>
public sealed record TagEditRequest(
    string ItemId,
    IReadOnlyList<string> Tags,
    IReadOnlyList<Persona> Personas,
    Strategy Strategy,
    int TopN = 10,
    int Neighbours = 10);
