namespace ColdStart.Engine.Comparison;

/// <summary>The grid's cells, row by row (personas) and column by column (strategies), and the time it took.</summary>
public sealed record GridResult(IReadOnlyList<string> Personas, IReadOnlyList<string> Strategies, GridCell[,] Cells, TimeSpan Elapsed, IReadOnlyList<string> Warnings)
{
    public GridCell this[int persona, int strategy] => Cells[persona, strategy];
}
