namespace ColdStart.Engine.Suites;

/// <summary>What one run of a suite found: every expectation's outcome and the lists it saw.</summary>
/// <param name="Suite">The suite's name.</param>
/// <param name="Strategy">The strategy's name.</param>
/// <param name="StrategyFingerprint">The strategy's content hash (<see cref="SuiteFingerprints.Of(Scoring.Strategy)"/>), or null when it was not found.</param>
/// <param name="ModelFingerprint">The snapshot's training fingerprint.</param>
/// <param name="CatalogFingerprint">Hash of the catalog's item texts (changes with a tag edit, unlike the model fingerprint).</param>
/// <param name="Results">One per expectation, in suite order.</param>
/// <param name="Lists">One per persona the suite names, in order of first mention.</param>
public sealed record SuiteRunResult(
    string Suite,
    string Strategy,
    string? StrategyFingerprint,
    string ModelFingerprint,
    string CatalogFingerprint,
    IReadOnlyList<ExpectationResult> Results,
    IReadOnlyList<PersonaList> Lists)
{
    public int Held => Results.Count(r => r.Held);

    public int Failed => Results.Count - Held;

    /// <summary>True when every expectation held (an empty suite holds).</summary>
    public bool AllHeld => Results.All(r => r.Held);
}
