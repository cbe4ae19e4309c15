namespace ColdStart.Engine.Suites;

/// <summary>How one persona's list changed between two runs.</summary>
public sealed record PersonaListChange(string Persona, IReadOnlyList<ListEntry> Entered, IReadOnlyList<ListEntry> Left, IReadOnlyList<ListMove> Moved)
{
    public bool IsEmpty => Entered.Count == 0 && Left.Count == 0 && Moved.Count == 0;
}
