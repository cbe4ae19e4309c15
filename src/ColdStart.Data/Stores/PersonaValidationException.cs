namespace ColdStart.Data.Stores;

/// <summary>A persona was not saved because fields are invalid; <see cref="Errors"/> maps field name → message.</summary>
public sealed class PersonaValidationException : Exception
{
    public PersonaValidationException(IReadOnlyDictionary<string, string> errors)
        : base("The persona was not saved: " + string.Join("; ", errors.Select(e => $"{e.Key}: {e.Value}")))
    {
        Errors = errors;
    }

    public PersonaValidationException() : this(new Dictionary<string, string>()) { }

    public PersonaValidationException(string message) : base(message) => Errors = new Dictionary<string, string>();

    public PersonaValidationException(string message, Exception innerException) : base(message, innerException) =>
        Errors = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> Errors { get; }
}
