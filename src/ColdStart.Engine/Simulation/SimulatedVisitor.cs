namespace ColdStart.Engine.Simulation;

/// <summary>
/// A held-out historical user playing a visitor. What the click model may read about it is hidden from scoring: the
/// scorer sees only <see cref="Attributes"/> and the items the visitor clicks during the session.
/// </summary>
/// <param name="Id">The user's id.</param>
/// <param name="Attributes">The user's attributes (what a shop knows about a new visitor).</param>
/// <param name="Archetype">The sample world's hidden archetype index, or -1 (replay).</param>
/// <param name="Wants">Replay: the items the user took later (positive events), true where it bought the item; empty for an archetype visitor.</param>
public sealed record SimulatedVisitor(
    string Id,
    IReadOnlyDictionary<string, string> Attributes,
    int Archetype,
    IReadOnlyDictionary<int, bool> Wants);
