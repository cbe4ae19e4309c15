namespace ColdStart.Workbench.Api;

/// <summary>The ranking of <c>POST /api/v1/recommendations</c>.</summary>
/// <param name="Workspace">The active workspace the live model was built on.</param>
/// <param name="Persona">The stored persona's name, or null for an ad-hoc profile.</param>
/// <param name="Strategy">The strategy's name ("Custom" for explicit weights).</param>
/// <param name="K">How many items were asked for.</param>
/// <param name="Interactions">Items the visitor revealed (seed items found in the catalog).</param>
/// <param name="Candidates">Items that passed the filters.</param>
/// <param name="Warnings">Inputs that could not be used, rules ignored, components without signal.</param>
/// <param name="Items">Best first.</param>
public sealed record RecommendationResponse(
    string Workspace, string? Persona, string Strategy, int K, int Interactions, int Candidates,
    IReadOnlyList<string> Warnings, IReadOnlyList<RecommendedItem> Items);
