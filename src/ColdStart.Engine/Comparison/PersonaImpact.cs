namespace ColdStart.Engine.Comparison;

/// <summary>How one persona's top-N list changes with a tag edit.</summary>
/// <param name="Persona">The persona's name.</param>
/// <param name="Change">Items that entered, left or moved in the list.</param>
/// <param name="ItemBefore">Rank of the edited item before the edit, or null when it is not in the list.</param>
/// <param name="ItemAfter">Rank of the edited item after the edit, or null.</param>
/// <param name="NewBefore">How many new items (no interactions yet) the list held before.</param>
/// <param name="NewAfter">How many new items it holds after.</param>
/// <param name="Length">Length of the list after the edit.</param>
/// <param name="Error">Why this persona could not be ranked (e.g. an invalid strategy), or null.</param>
public sealed record PersonaImpact(
    string Persona, ListChange Change, int? ItemBefore, int? ItemAfter, int NewBefore, int NewAfter, int Length, string? Error = null)
{
    public bool Changed => Change.Changed;

    public static PersonaImpact Failed(string persona, string error) => new(persona, ListChange.None, null, null, 0, 0, 0, error);
}
