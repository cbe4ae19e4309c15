namespace ColdStart.Workbench.Personas;

/// <summary>What one profile vector is close to, for the profile panel.</summary>
/// <param name="Vector">"semantic" or "collaborative".</param>
/// <param name="Values">The vector itself (for the heat strip).</param>
/// <param name="MaxAbs">Largest absolute component (colour scale), 0 for a zero vector.</param>
/// <param name="Items">Nearest items by cosine.</param>
/// <param name="Departments">Nearest departments by the mean cosine to their items.</param>
/// <param name="Tags">Most frequent tags among the nearest items.</param>
public sealed record VectorInsight(
    string Vector,
    float[] Values,
    float MaxAbs,
    IReadOnlyList<InsightEntry> Items,
    IReadOnlyList<InsightEntry> Departments,
    IReadOnlyList<InsightEntry> Tags)
{
    public bool IsZero => MaxAbs == 0;
}
