using ColdStart.Engine.Scoring;

namespace ColdStart.Workbench.Api;

/// <summary>A strategy as the API lists it.</summary>
/// <param name="Id">Its stored id, or null for a preset offered because none is stored.</param>
/// <param name="Version">Its stored version (optimistic concurrency), or null for a preset.</param>
/// <param name="Strategy">Weights, diversity λ, rules, and for Auto its weight schedule and new-item policy.</param>
/// <param name="Tuned">True for a strategy the lab tuned on a workspace ("Auto · workspace").</param>
public sealed record StoredStrategyView(int? Id, int? Version, Strategy Strategy, bool Tuned)
{
    public string Name => Strategy.Name;
}
