using ColdStart.Engine.Scoring;

namespace ColdStart.Workbench.Sessions;

/// <summary>One step of a played session: what the visitor did, and the list it then saw.</summary>
/// <param name="Step">0 for the first list, then one per action.</param>
/// <param name="Action">What the visitor did before this list ("Start", "Clicked …", "Bought …").</param>
/// <param name="Interactions">Revealed items in the profile: picks the step of a weight schedule (Auto).</param>
/// <param name="Weights">The blend weights in force for that many interactions.</param>
/// <param name="Drift">1 − cosine between the profile's semantic vector now and at the start (0 = unchanged).</param>
/// <param name="Items">The ranked list shown.</param>
public sealed record VisitorSessionStep(int Step, string Action, int Interactions, BlendWeights Weights, double Drift, IReadOnlyList<RankedItem> Items);
