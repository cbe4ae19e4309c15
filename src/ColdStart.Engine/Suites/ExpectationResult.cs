namespace ColdStart.Engine.Suites;

/// <summary>One expectation's outcome in a run.</summary>
/// <param name="Index">Position of the expectation in its suite (0-based).</param>
/// <param name="Expectation">The expectation as it was run.</param>
/// <param name="Sentence">Its human-readable sentence (the key runs are diffed by).</param>
/// <param name="Held">True when it held.</param>
/// <param name="Observed">What the list showed, or why it could not be checked.</param>
public sealed record ExpectationResult(int Index, Expectation Expectation, string Sentence, bool Held, string Observed);
