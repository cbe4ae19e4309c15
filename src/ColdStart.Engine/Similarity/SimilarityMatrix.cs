namespace ColdStart.Engine.Similarity;

/// <summary>
/// A labelled matrix of cosine similarities for a heatmap: <c>Values[r][c]</c> is the similarity of row
/// <c>RowLabels[r]</c> to column <c>ColumnLabels[c]</c>, in [-1, 1] (0 where either vector is zero).
/// </summary>
/// <param name="Title">What the matrix shows, e.g. "Items × items (semantic)".</param>
/// <param name="RowLabels">One unique label per row.</param>
/// <param name="ColumnLabels">One unique label per column.</param>
/// <param name="Values">Rows × columns, jagged (one array per row).</param>
public sealed record SimilarityMatrix(string Title, IReadOnlyList<string> RowLabels, IReadOnlyList<string> ColumnLabels, float[][] Values)
{
    public int Rows => RowLabels.Count;
    public int Columns => ColumnLabels.Count;

    /// <summary>The value at row <paramref name="row"/>, column <paramref name="column"/>.</summary>
    public float this[int row, int column] => Values[row][column];
}
