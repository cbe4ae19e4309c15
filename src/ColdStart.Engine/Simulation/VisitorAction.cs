namespace ColdStart.Engine.Simulation;

/// <summary>What a simulated visitor did with one shown list.</summary>
/// <param name="Position">1-based position of the clicked item, or 0 when nothing was clicked.</param>
/// <param name="Item">Catalog index of the clicked item, or -1.</param>
/// <param name="Purchased">True when the visitor also bought it.</param>
public readonly record struct VisitorAction(int Position, int Item, bool Purchased)
{
    public static VisitorAction None { get; } = new(0, -1, false);

    public bool Clicked => Item >= 0;
}
