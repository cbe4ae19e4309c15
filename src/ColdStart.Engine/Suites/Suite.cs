namespace ColdStart.Engine.Suites;

/// <summary>A named set of expectations about personas, all ranked under one strategy.</summary>
/// <param name="Name">Unique within a workspace.</param>
/// <param name="Strategy">The name of the strategy every persona is ranked with.</param>
/// <param name="Expectations">What must hold; each names its persona and N.</param>
public sealed record Suite(string Name, string Strategy, IReadOnlyList<Expectation> Expectations)
{
    /// <summary>Problems, one message each naming the field (e.g. "expectations[2].topN: …"); empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(Name)) errors.Add("name: a suite needs a name.");
        else if (Name.Length > MaxNameLength) errors.Add($"name: at most {MaxNameLength} characters (got {Name.Length}).");
        if (string.IsNullOrWhiteSpace(Strategy)) errors.Add("strategy: name the strategy the personas are ranked with.");
        if (Expectations is null) errors.Add("expectations: a list is required.");
        else
            for (int i = 0; i < Expectations.Count; i++)
            {
                if (Expectations[i] is not { } expectation) errors.Add($"expectations[{i}]: must not be null.");
                else errors.AddRange(expectation.Validate().Select(e => $"expectations[{i}].{e}"));
            }
        return errors;
    }

    /// <summary>Longest suite name the store keeps.</summary>
    public const int MaxNameLength = 200;
}
