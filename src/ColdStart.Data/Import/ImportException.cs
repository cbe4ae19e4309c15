namespace ColdStart.Data.Import;

/// <summary>
/// An import was rejected: nothing was imported. <see cref="Errors"/> lists the first
/// <see cref="ImportReport.MaxListedErrors"/> problems; <see cref="TotalErrors"/> counts all of them.
/// </summary>
public sealed class ImportException : Exception
{
    private const int ErrorsInMessage = 5;

    public ImportException(IReadOnlyList<ImportError> errors, int totalErrors)
        : base(Summarise(errors, totalErrors))
    {
        Errors = errors;
        TotalErrors = totalErrors;
    }

    public ImportException(ImportError error)
        : this([error], 1)
    {
    }

    /// <summary>The listed errors, in the order found (capped).</summary>
    public IReadOnlyList<ImportError> Errors { get; }

    /// <summary>How many errors were found in all, including those not listed.</summary>
    public int TotalErrors { get; }

    private static string Summarise(IReadOnlyList<ImportError> errors, int totalErrors)
    {
        var shown = errors.Take(ErrorsInMessage).Select(e => e.ToString());
        var more = totalErrors - Math.Min(errors.Count, ErrorsInMessage);
        var tail = more > 0 ? $"; and {more} more" : "";
        var noun = totalErrors == 1 ? "error" : "errors";
        return $"Import failed with {totalErrors} {noun}, nothing was imported: {string.Join("; ", shown)}{tail}";
    }
}
