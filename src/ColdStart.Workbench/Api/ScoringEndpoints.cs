using ColdStart.Data.Accounts;
using ColdStart.Data.Stores;
using ColdStart.Workbench.Modeling;
using ColdStart.Workbench.Personas;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace ColdStart.Workbench.Api;

/// <summary>The handlers of <c>/api/v1</c>: thin translations onto the stores and <see cref="Recommendations"/>.</summary>
public static class ScoringEndpoints
{
    /// <summary>Seconds a client is asked to wait (Retry-After) while the model is not ready.</summary>
    public const int RetryAfterSeconds = 10;

    public static RouteGroupBuilder MapScoringEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(ScoringApiRoutes.Version1).WithTags("Scoring API").RequireRateLimiting(ScoringApiRoutes.RateLimitPolicy)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapPost("/recommendations", RecommendAsync).WithName("Recommend")
            .WithSummary("Rank items for a persona or an ad-hoc profile under a strategy or explicit weights")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapGet("/personas", ListPersonasAsync).WithName("ListPersonas").WithSummary("The personas of the active workspace");
        api.MapGet("/strategies", ListStrategiesAsync).WithName("ListStrategies").WithSummary("The stored strategies (the presets when none is stored)");
        api.MapGet("/items", ListItemsAsync).WithName("ListItems").WithSummary("One page of the active workspace's catalog");
        // Recording events changes a workspace's data: editors and admins only (a viewer's key gets 403).
        api.MapPost("/events", RecordEventsAsync).WithName("RecordEvents").WithMetadata(new ApiRole(Roles.Editor))
            .WithSummary("Record a visitor's clicks, carts, purchases and searches in the active workspace (written first, then applied at once to the live popularity, freshness and exploration posteriors; the next model build learns from them)");
        api.MapGet("/workspaces", ListWorkspacesAsync).WithName("ListWorkspaces").WithSummary("Every workspace, the active one marked");
        return api;
    }

    private static async Task<Results<Ok<RecommendationResponse>, ValidationProblem, ProblemHttpResult>> RecommendAsync(
        RecommendationRequest request, ILiveModel live, Recommendations recommendations, HttpContext context, CancellationToken cancellationToken)
    {
        if (live.Current is not { } snapshot)
        {
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Problem($"The model is not ready yet: {live.Status.Message} Retry in a few seconds.",
                statusCode: StatusCodes.Status503ServiceUnavailable, title: "The model is not ready");
        }
        return await recommendations.RankAsync(request, snapshot, live.Workspace, cancellationToken);
    }

    private static Task<Results<Ok<EventsResponse>, ValidationProblem>> RecordEventsAsync(
        EventsRequest request, ILiveModel live, VisitorEvents events, CancellationToken cancellationToken) =>
        events.RecordAsync(request, live.Workspace, cancellationToken);

    private static async Task<Ok<PersonaList>> ListPersonasAsync(PersonaSource personas, ILiveModel live, CancellationToken cancellationToken)
    {
        string workspace = live.Workspace;
        var stored = await personas.StoredForWorkspaceAsync(workspace, cancellationToken);
        return TypedResults.Ok(new PersonaList(workspace, [.. stored.Select(PersonaView.Of)]));
    }

    private static async Task<Ok<IReadOnlyList<StoredStrategyView>>> ListStrategiesAsync(StrategyStore strategies, CancellationToken cancellationToken) =>
        TypedResults.Ok(await Recommendations.ListStrategiesAsync(strategies, cancellationToken));

    private static async Task<Results<Ok<ItemPage>, ValidationProblem>> ListItemsAsync(
        ItemStore items, ILiveModel live, IOptions<ApiOptions> options, CancellationToken cancellationToken,
        int page = 1, int pageSize = 25, string? search = null, string? department = null, bool newOnly = false)
    {
        int max = options.Value.MaxPageSize;
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (page < 1) errors["page"] = [$"page must be at least 1 (got {page})."];
        if (pageSize < 1 || pageSize > max) errors["pageSize"] = [$"pageSize must be between 1 and {max} (got {pageSize})."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors, title: "The request has invalid fields", detail: string.Join(" ", errors.Select(e => e.Value[0])));
        string workspace = live.Workspace;
        long skip = (long)(page - 1) * pageSize;
        var result = await items.GetPageAsync(workspace, new ItemQuery(search, department, newOnly, (int)Math.Min(skip, int.MaxValue), pageSize), cancellationToken);
        return TypedResults.Ok(new ItemPage(workspace, page, pageSize, result.TotalCount, result.Rows));
    }

    private static async Task<Ok<IReadOnlyList<WorkspaceView>>> ListWorkspacesAsync(WorkspaceStore workspaces, ILiveModel live, CancellationToken cancellationToken)
    {
        var all = await workspaces.ListAsync(cancellationToken);
        string active = live.Workspace;
        return TypedResults.Ok<IReadOnlyList<WorkspaceView>>(
            [.. all.Select(w => new WorkspaceView(w.Name, w.Kind, w.CreatedAt, w.Items, w.NewItems, w.Users, w.Events, w.Name == active))]);
    }
}
