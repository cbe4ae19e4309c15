namespace ColdStart.Workbench.Api;

/// <summary>
/// Body of <c>POST /api/v1/recommendations</c>. Who: exactly one of <see cref="PersonaId"/>, <see cref="Persona"/> (a
/// stored persona's name) or an ad-hoc <see cref="Profile"/>. How: a stored strategy (<see cref="StrategyId"/> or
/// <see cref="Strategy"/> by name), or explicit <see cref="Weights"/>; neither means the stored "Balanced".
/// </summary>
public sealed class RecommendationRequest
{
    /// <summary>Id of a persona of the active workspace (see <c>GET /api/v1/personas</c>).</summary>
    public int? PersonaId { get; init; }

    /// <summary>Name of a persona of the active workspace.</summary>
    public string? Persona { get; init; }

    /// <summary>An ad-hoc visitor instead of a stored persona.</summary>
    public ProfileRequest? Profile { get; init; }

    /// <summary>Id of a stored strategy (see <c>GET /api/v1/strategies</c>).</summary>
    public int? StrategyId { get; init; }

    /// <summary>Name of a stored strategy.</summary>
    public string? Strategy { get; init; }

    /// <summary>Explicit blend weights instead of a stored strategy.</summary>
    public WeightsRequest? Weights { get; init; }

    /// <summary>MMR diversity λ in [0, 1]; overrides the strategy's (default 0.2 with explicit weights).</summary>
    public float? DiversityLambda { get; init; }

    /// <summary>
    /// Rules: added to a stored strategy's rules; with explicit weights they are the rules (default: exclude seen).
    /// </summary>
    public IReadOnlyList<RuleRequest>? Rules { get; init; }

    /// <summary>
    /// Share of the k slots (0–1) given to exploring new items by Thompson sampling over the app's live posteriors;
    /// overrides the strategy's exploration rule. Default: the strategy's (0 for strategies without one).
    /// </summary>
    public float? ExplorationShare { get; init; }

    /// <summary>How many items to return, 1–100.</summary>
    public int K { get; init; } = 10;
}
