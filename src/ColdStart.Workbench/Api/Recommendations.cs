using ColdStart.Data.Stores;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Training;
using ColdStart.Workbench.Personas;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ColdStart.Workbench.Api;

/// <summary>
/// Answers <c>POST /api/v1/recommendations</c> through the same path as the Compare page: personas from
/// <see cref="PersonaSource"/>, strategies from <see cref="StrategyStore"/> (the presets when none is stored), the live
/// snapshot's <see cref="ProfileBuilder"/> and its <see cref="Scorer"/>. It only checks and translates. Stored personas
/// and strategies are read through <see cref="StoredChoices"/> (at most once a second).
/// </summary>
public sealed class Recommendations(PersonaSource personas, StrategyStore strategies, LiveExploration exploration)
{
    private readonly StoredChoices _stored = new(personas, strategies);

    /// <summary>The name an ad-hoc profile is built under (and validated with).</summary>
    public const string AdHocName = "Ad-hoc profile";

    /// <summary>The name of a strategy made of explicit weights.</summary>
    public const string CustomName = "Custom";

    public async Task<Results<Ok<RecommendationResponse>, ValidationProblem, ProblemHttpResult>> RankAsync(
        RecommendationRequest request, ModelSnapshot snapshot, string workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(snapshot);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (request.K is < 1 or > ApiOptions.MaxK) errors["k"] = [$"k must be between 1 and {ApiOptions.MaxK} (got {request.K})."];
        int k = Math.Clamp(request.K, 1, ApiOptions.MaxK);
        CheckChoices(request, errors);
        var extraRules = request.Rules is { } rules ? RuleRequests.ToRules(rules, snapshot.Catalog, k, errors) : [];
        var adHoc = request.Profile is { } profile ? AdHocPersona(profile, snapshot, errors) : null;
        if (errors.Count > 0) return Invalid(errors);

        var (persona, personaName, missingPersona) = await ResolvePersonaAsync(request, adHoc, workspace, cancellationToken);
        if (persona is null) return missingPersona!;
        var (strategy, missingStrategy) = await ResolveStrategyAsync(request, extraRules, cancellationToken);
        if (strategy is null) return missingStrategy!;

        if (request.ExplorationShare is { } share) strategy = strategy.WithExploration(share);
        var built = snapshot.Profiles.Build(persona);
        var state = await exploration.ForAsync(workspace, snapshot, cancellationToken);
        RankResult result;
        try
        {
            result = snapshot.Scorer.Rank(built, strategy, k, new Exploration(state, new Random()));
        }
        catch (ArgumentException ex)
        {
            return Invalid(new() { ["strategy"] = [ex.Message] });
        }
        await exploration.RecordImpressionsAsync(workspace, snapshot, [.. result.Items.Select(r => r.Index)], cancellationToken);
        var items = result.Items.Select(r => RecommendedItem.Of(r, r.Index < snapshot.ColdItems.Length && snapshot.ColdItems[r.Index])).ToList();
        var warnings = (built.Warnings ?? []).Concat(result.Warnings).ToList();
        return TypedResults.Ok(new RecommendationResponse(workspace, personaName, strategy.Name, k, built.Interactions, result.Candidates, warnings, items));
    }

    private static void CheckChoices(RecommendationRequest request, Dictionary<string, string[]> errors)
    {
        int who = (request.PersonaId is null ? 0 : 1) + (request.Persona is null ? 0 : 1) + (request.Profile is null ? 0 : 1);
        if (who != 1) errors["persona"] = ["Give exactly one of personaId, persona (a stored persona's name) or profile (an ad-hoc visitor)."];
        if (request.StrategyId is not null && request.Strategy is not null)
            errors["strategy"] = ["Give strategyId or strategy (a name), not both."];
        if ((request.StrategyId is not null || request.Strategy is not null) && request.Weights is not null)
            errors["weights"] = ["Give either a stored strategy (strategyId or strategy) or weights, not both."];
        if (request.Weights is { } weights)
        {
            var values = weights.ToWeights().ToArray();
            string[] fields = ["collaborative", "semantic", "popularity", "freshness", "itemToItem", "lexical"];
            for (int i = 0; i < values.Length; i++)
                if (!float.IsFinite(values[i]) || values[i] < 0)
                    errors["weights." + fields[i]] = [$"The {fields[i]} weight must be a finite number ≥ 0 (got {values[i]})."];
            if (values.All(v => v == 0)) errors["weights"] = ["At least one weight must be above 0."];
        }
        if (request.ExplorationShare is { } share && (!float.IsFinite(share) || share < 0 || share > 1))
            errors["explorationShare"] = [$"explorationShare must be between 0 and 1 (got {share})."];
        if (request.DiversityLambda is { } lambda && (!float.IsFinite(lambda) || lambda < 0 || lambda > 1))
            errors["diversityLambda"] = [$"diversityLambda must be between 0 and 1 (got {lambda})."];
    }

    private static Persona? AdHocPersona(ProfileRequest profile, ModelSnapshot snapshot, Dictionary<string, string[]> errors)
    {
        var persona = new Persona(AdHocName, profile.Attributes ?? [], profile.Interests ?? "", profile.SeedItems ?? [],
            profile.SeedSearches ?? [], profile.BudgetMin, profile.BudgetMax);
        foreach (var (field, message) in PersonaValidator.Validate(persona)) errors["profile." + field] = [message];
        for (int i = 0; i < persona.SeedItemIds.Count; i++)
            if (persona.SeedItemIds[i] is { Length: > 0 } id && !snapshot.Catalog.ItemById.ContainsKey(id))
                errors[$"profile.seedItems[{i}]"] = [$"Item '{id}' is not in the catalog of the live model."];
        return persona;
    }

    private async Task<(Persona? Persona, string? Name, ProblemHttpResult? Missing)> ResolvePersonaAsync(
        RecommendationRequest request, Persona? adHoc, string workspace, CancellationToken cancellationToken)
    {
        if (adHoc is not null) return (adHoc, null, null);
        var stored = await _stored.PersonasAsync(workspace, cancellationToken);
        StoredPersona? found = request.PersonaId is { } id
            ? stored.FirstOrDefault(p => p.Id == id)
            : stored.FirstOrDefault(p => p.Persona.Name == request.Persona)
              ?? stored.FirstOrDefault(p => string.Equals(p.Persona.Name, request.Persona?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (found is not null) return (found.Persona, found.Persona.Name, null);
        string which = request.PersonaId is { } missingId ? $"with id {missingId}" : $"named '{request.Persona}'";
        return (null, null, NotFound("Unknown persona", $"There is no persona {which} in workspace '{workspace}'; GET /api/v1/personas lists them."));
    }

    private async Task<(Strategy? Strategy, ProblemHttpResult? Missing)> ResolveStrategyAsync(
        RecommendationRequest request, List<Rule> extraRules, CancellationToken cancellationToken)
    {
        if (request.Weights is { } weights)
        {
            IReadOnlyList<Rule> rules = request.Rules is null ? [new ExcludeSeenRule()] : extraRules;
            return (new Strategy(CustomName, weights.ToWeights(), request.DiversityLambda ?? Strategy.Balanced.DiversityLambda, rules), null);
        }
        var stored = await _stored.StrategiesAsync(cancellationToken);
        StoredStrategyView? found = request.StrategyId is { } id ? stored.FirstOrDefault(s => s.Id == id)
            : request.Strategy is { } name ? stored.FirstOrDefault(s => s.Name == name) ?? stored.FirstOrDefault(s => string.Equals(s.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))
            : stored.FirstOrDefault(s => s.Name == Strategy.Balanced.Name) ?? (stored.Count > 0 ? stored[0] : null);
        if (found is null)
        {
            string which = request.StrategyId is { } missingId ? $"with id {missingId}" : $"named '{request.Strategy}'";
            return (null, NotFound("Unknown strategy", $"There is no strategy {which}; GET /api/v1/strategies lists them."));
        }
        var strategy = found.Strategy;
        if (extraRules.Count > 0) strategy = strategy with { Rules = [.. strategy.Rules, .. extraRules] };
        if (request.DiversityLambda is { } lambda) strategy = strategy with { DiversityLambda = lambda };
        return (strategy, null);
    }

    /// <summary>The strategies the API and the Compare page offer: the stored ones by name, else the presets (no id).</summary>
    public static async Task<IReadOnlyList<StoredStrategyView>> ListStrategiesAsync(StrategyStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var stored = await store.ListAsync(cancellationToken);
        return stored.Count > 0
            ? [.. stored.Select(s => new StoredStrategyView(s.Id, s.Version, s.Strategy, s.Tuning is not null))]
            : [.. Strategy.Presets.Select(s => new StoredStrategyView(null, null, s, false))];
    }

    private static ValidationProblem Invalid(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "The request has invalid fields",
            detail: string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));

    private static ProblemHttpResult NotFound(string title, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: title);
}
