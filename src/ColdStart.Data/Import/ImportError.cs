namespace ColdStart.Data.Import;

/// <summary>One problem found while importing: the file (name inside the import folder), the 1-based line, and what is wrong.</summary>
/// <param name="File">File name, e.g. "events.csv".</param>
/// <param name="Line">1-based physical line where the bad record starts; 0 when the problem concerns the whole file.</param>
/// <param name="Message">What is wrong, naming the field.</param>
public sealed record ImportError(string File, int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
