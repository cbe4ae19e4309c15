namespace ColdStart.Engine.Comparison;

/// <summary>How a ranked list changed: the items that entered, left, or kept their place in it at another rank.</summary>
/// <param name="Entered">In the new list only, by new rank.</param>
/// <param name="Left">In the old list only, by old rank.</param>
/// <param name="Moved">In both at different ranks, by new rank.</param>
/// <param name="Kept">How many items are in both lists at the same rank.</param>
public sealed record ListChange(IReadOnlyList<ListEntry> Entered, IReadOnlyList<ListEntry> Left, IReadOnlyList<ListEntry> Moved, int Kept)
{
    public static ListChange None { get; } = new([], [], [], 0);

    /// <summary>True when any item entered, left or moved.</summary>
    public bool Changed => Entered.Count + Left.Count + Moved.Count > 0;
}
