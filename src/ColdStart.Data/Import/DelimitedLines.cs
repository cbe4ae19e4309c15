using System.Text;

namespace ColdStart.Data.Import;

/// <summary>Reads a file without quoting (MovieLens 100K): one record per line, fields split on a single character. Blank lines are skipped.</summary>
internal static class DelimitedLines
{
    public static IEnumerable<(int Line, string[] Fields)> Read(string path, Encoding encoding, char separator)
    {
        using var reader = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: false);
        var line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Length == 0) continue;
            yield return (line, text.Split(separator));
        }
    }
}
