namespace ColdStart.Data.Import;

/// <summary>
/// Reads a file without quoting (MovieLens 100K): one record per line (LF, CRLF or CR), fields split on a single
/// character. The encoding is decided by <see cref="TextFiles"/> (UTF-8 BOM skipped, Latin-1 when not UTF-8).
/// Blank lines are skipped.
/// </summary>
internal static class DelimitedLines
{
    public static IEnumerable<(int Line, string[] Fields)> Read(string path, char separator)
    {
        using var reader = TextFiles.Open(path);
        var line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Length == 0) continue;
            yield return (line, text.Split(separator));
        }
    }
}
