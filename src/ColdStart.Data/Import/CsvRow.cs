namespace ColdStart.Data.Import;

/// <summary>One well-formed CSV record and the line it starts on. Valid only until the next record is read.</summary>
internal readonly struct CsvRow(int line, IReadOnlyList<string> fields)
{
    public int Line { get; } = line;

    /// <summary>The trimmed field at <paramref name="index"/>; empty for index -1 (an optional column that is absent).</summary>
    public string this[int index] => index < 0 ? "" : fields[index].Trim();
}
