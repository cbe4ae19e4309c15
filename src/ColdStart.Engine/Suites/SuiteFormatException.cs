namespace ColdStart.Engine.Suites;

/// <summary>A suite's JSON could not be read; <see cref="Errors"/> names each field ("expectations[1].topN: …").</summary>
public sealed class SuiteFormatException : Exception
{
    public SuiteFormatException()
        : this([])
    {
    }

    public SuiteFormatException(string message)
        : this([message])
    {
    }

    public SuiteFormatException(string message, Exception innerException)
        : base(message, innerException) => Errors = [message];

    public SuiteFormatException(IReadOnlyList<string> errors)
        : base(errors.Count == 0 ? "The suite is not valid." : "The suite is not valid: " + string.Join(" ", errors)) => Errors = errors;

    public IReadOnlyList<string> Errors { get; } = [];
}
