namespace ColdStart.Data.Import;

/// <summary>
/// A CSV file with a header row, read record by record. Columns are found by name (case-insensitive);
/// records whose field count differs from the header, or that are malformed, are reported and skipped. The encoding is
/// decided by <see cref="TextFiles"/> (UTF-8 BOM skipped, Latin-1 when the file has no UTF-8 in it; a damaged UTF-8 file
/// or a NUL byte is reported at its line).
/// </summary>
internal sealed class CsvTable : IDisposable
{
    private readonly StreamReader _stream;
    private readonly CsvRecordReader _reader;
    private readonly Dictionary<string, int> _columns;
    private readonly ImportReport _report;

    private CsvTable(StreamReader stream, CsvRecordReader reader, string[] header, string file, ImportReport report)
    {
        _stream = stream;
        _reader = reader;
        _report = report;
        File = file;
        Header = header;
        _columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++) _columns.TryAdd(header[i], i);
    }

    /// <summary>File name used in error messages.</summary>
    public string File { get; }

    /// <summary>Trimmed column names as written in the header.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>
    /// Opens <paramref name="fileName"/> in <paramref name="directory"/> and reads its header. Returns null (after
    /// reporting why) when the file is missing, empty, or lacks one of <paramref name="requiredColumns"/>.
    /// </summary>
    public static CsvTable? Open(string directory, string fileName, ImportReport report, params string[] requiredColumns)
    {
        var path = Path.Combine(directory, fileName);
        if (!System.IO.File.Exists(path))
        {
            report.Add(fileName, 0, $"file not found: {path}");
            return null;
        }

        StreamReader stream;
        try
        {
            stream = TextFiles.Open(path);
        }
        catch (ImportException ex)
        {
            foreach (var error in ex.Errors) report.Add(error.File, error.Line, error.Message);
            return null;
        }

        var reader = new CsvRecordReader(stream);
        if (!reader.Read() || reader.Error is not null)
        {
            report.Add(fileName, reader.Error is null ? 0 : reader.Line, reader.Error ?? "file is empty: a header row is required");
            stream.Dispose();
            return null;
        }

        var header = reader.Fields.Select(f => f.Trim()).ToArray();
        var missing = requiredColumns.Where(c => !header.Contains(c, StringComparer.OrdinalIgnoreCase)).ToArray();
        if (missing.Length > 0)
        {
            report.Add(fileName, reader.Line, $"header lacks required column(s) {string.Join(", ", missing)} (found: {string.Join(",", header)})");
            stream.Dispose();
            return null;
        }

        return new CsvTable(stream, reader, header, fileName, report);
    }

    /// <summary>Index of <paramref name="column"/>, or -1 when the header has no such column.</summary>
    public int IndexOf(string column) => _columns.TryGetValue(column, out var index) ? index : -1;

    /// <summary>The well-formed records after the header; malformed ones are reported and skipped.</summary>
    public IEnumerable<CsvRow> Rows()
    {
        while (_reader.Read())
        {
            if (_reader.Error is not null)
            {
                _report.Add(File, _reader.Line, _reader.Error);
                continue;
            }

            if (_reader.Fields.Count != Header.Count)
            {
                _report.Add(File, _reader.Line, $"expected {Header.Count} fields ({string.Join(",", Header)}) but found {_reader.Fields.Count}");
                continue;
            }

            yield return new CsvRow(_reader.Line, _reader.Fields);
        }
    }

    public void Dispose() => _stream.Dispose();
}
