namespace ColdStart.Engine.Suites;

/// <summary>Whether an expectation held on a list, and what was measured, in words.</summary>
/// <param name="Held">True when the expectation holds.</param>
/// <param name="Observed">What the list showed, e.g. "3 of 10 are new (30%)".</param>
public sealed record ExpectationCheck(bool Held, string Observed);
