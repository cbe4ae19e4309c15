namespace ColdStart.Engine.Suites;

/// <summary>An expectation whose outcome differs between two runs (or that only one run has).</summary>
/// <param name="Sentence">The expectation's sentence (the key).</param>
/// <param name="Before">Held in the earlier run; null when the earlier run did not have it.</param>
/// <param name="After">Held in the later run; null when the later run does not have it.</param>
/// <param name="ObservedBefore">What the earlier run saw, or null.</param>
/// <param name="ObservedAfter">What the later run saw, or null.</param>
public sealed record FlippedExpectation(string Sentence, bool? Before, bool? After, string? ObservedBefore, string? ObservedAfter);
