namespace ColdStart.Engine.Evaluation.FreeText;

/// <summary>The outcome of a <see cref="FreeTextEvaluator"/> run.</summary>
/// <param name="Dataset">Name of the evaluated dataset.</param>
/// <param name="Items">Catalog size (every item is ranked for every case).</param>
/// <param name="Cases">People with words and something relevant.</param>
/// <param name="Rows">One result per row, in the order given.</param>
/// <param name="Seconds">Wall time of the run.</param>
/// <param name="Notes">How to read the rows.</param>
public sealed record FreeTextReport(string Dataset, int Items, int Cases, IReadOnlyList<FreeTextResult> Rows, double Seconds, IReadOnlyList<string> Notes)
{
    /// <summary>The result of a row (name compared case-insensitively), or null.</summary>
    public FreeTextResult? Find(string row) => Rows.FirstOrDefault(r => string.Equals(r.Row, row, StringComparison.OrdinalIgnoreCase));
}
