namespace ColdStart.Engine.Suites;

/// <summary>An expectation whose outcome differs between two runs (or that only one run has).</summary>
/// <param name="Sentence">The expectation's sentence (the key).</param>
/// <param name="Before">Held in the earlier run; null when the earlier run did not have it.</param>
/// <param name="After">Held in the later run; null when the later run does not have it.</param>
/// <param name="ObservedBefore">What the earlier run saw, or null.</param>
/// <param name="ObservedAfter">What the later run saw, or null.</param>
public sealed record FlippedExpectation(string Sentence, bool? Before, bool? After, string? ObservedBefore, string? ObservedAfter);

/// <summary>An item that entered or left a persona's list.</summary>
/// <param name="ItemId">SKU.</param>
/// <param name="Title">Title.</param>
/// <param name="Rank">Its rank in the run that has it.</param>
public sealed record ListEntry(string ItemId, string Title, int Rank);

/// <summary>An item in both lists at different ranks.</summary>
public sealed record ListMove(string ItemId, string Title, int From, int To);

/// <summary>How one persona's list changed between two runs.</summary>
public sealed record PersonaListChange(string Persona, IReadOnlyList<ListEntry> Entered, IReadOnlyList<ListEntry> Left, IReadOnlyList<ListMove> Moved)
{
    public bool IsEmpty => Entered.Count == 0 && Left.Count == 0 && Moved.Count == 0;
}

/// <summary>What changed from one run of a suite to another: flipped expectations and per-persona list changes.</summary>
public sealed record SuiteRunDiff(IReadOnlyList<FlippedExpectation> Flipped, IReadOnlyList<PersonaListChange> Lists)
{
    public bool IsEmpty => Flipped.Count == 0 && Lists.All(l => l.IsEmpty);
}
