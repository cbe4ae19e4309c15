namespace ColdStart.Engine.Suites;

/// <summary>What changed from one run of a suite to another: flipped expectations and per-persona list changes.</summary>
public sealed record SuiteRunDiff(IReadOnlyList<FlippedExpectation> Flipped, IReadOnlyList<PersonaListChange> Lists)
{
    public bool IsEmpty => Flipped.Count == 0 && Lists.All(l => l.IsEmpty);
}
