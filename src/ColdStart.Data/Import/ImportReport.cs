namespace ColdStart.Data.Import;

/// <summary>Collects the errors of one import; lists the first <see cref="MaxListedErrors"/> and counts the rest.</summary>
public sealed class ImportReport
{
    /// <summary>How many errors are kept with their file, line and message.</summary>
    public const int MaxListedErrors = 100;

    private readonly List<ImportError> _errors = [];

    /// <summary>The listed errors, in the order found.</summary>
    public IReadOnlyList<ImportError> Errors => _errors;

    /// <summary>All errors found, including those past the listing cap.</summary>
    public int TotalErrors { get; private set; }

    /// <summary>True when no error was found.</summary>
    public bool IsClean => TotalErrors == 0;

    /// <summary>Records an error at <paramref name="file"/>:<paramref name="line"/>.</summary>
    public void Add(string file, int line, string message)
    {
        TotalErrors++;
        if (_errors.Count < MaxListedErrors) _errors.Add(new ImportError(file, line, message));
    }

    /// <summary>Throws <see cref="ImportException"/> when any error was found.</summary>
    public void ThrowIfAny()
    {
        if (TotalErrors > 0) throw new ImportException(_errors.ToArray(), TotalErrors);
    }
}
