namespace ColdStart.Engine.Comparison;

/// <summary>One persona × strategy of the grid: its top-N list summarised.</summary>
/// <param name="Persona">The row's persona.</param>
/// <param name="Strategy">The column's strategy.</param>
/// <param name="Overlap">|list ∩ reference list| / N, as Compare's "overlap with column 1".</param>
/// <param name="NewItemShare">Share of the list that are new items (no interactions yet).</param>
/// <param name="Diversity">Intra-list diversity (the engine's metric over semantic cosines), as Compare shows it.</param>
/// <param name="ItemRank">1-based rank of the chosen item in the list, or null when it is not in the top N (or none was chosen).</param>
/// <param name="Error">Why the pair could not be ranked, or null.</param>
public sealed record GridCell(string Persona, string Strategy, double Overlap, double NewItemShare, double Diversity, int? ItemRank, string? Error = null)
{
    public static GridCell Failed(string persona, string strategy, string error) => new(persona, strategy, 0, 0, 0, null, error);
}
