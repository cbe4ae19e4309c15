namespace ColdStart.Engine.Simulation;

/// <summary>One step of a simulated session: the list shown and what the visitor did.</summary>
/// <param name="Shown">Catalog indices of the shown list, best first.</param>
/// <param name="Action">The click (and purchase), if any.</param>
/// <param name="NewShown">How many shown items were new (no interaction in training).</param>
/// <param name="ExploredShown">How many shown items filled exploration slots.</param>
/// <param name="ClickedNew">True when the clicked item was new.</param>
public sealed record SessionStep(int[] Shown, VisitorAction Action, int NewShown, int ExploredShown, bool ClickedNew);
