using ColdStart.Workbench.Api;
using Scalar.AspNetCore;

// In the builder namespace (where Map* extensions live), so Program.cs needs one line and no extra using.
namespace Microsoft.AspNetCore.Builder;

public static class ScoringApiEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Adds the scoring API to the pipeline (call after <c>UseRouting</c>): <see cref="ApiGate"/> and the rate limiter
    /// in front of <c>/api</c>, the endpoints of <c>/api/v1</c>, the OpenAPI document at <c>/openapi/v1.json</c> and
    /// its interactive reference at <c>/scalar</c>. Needs <c>AddScoringApi</c>.
    /// </summary>
    public static WebApplication MapScoringApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<ApiGate>();
        app.UseRateLimiter();
        app.MapScoringEndpoints();
        app.MapOpenApi(ScoringApiRoutes.OpenApiDocument.Replace("v1", "{documentName}", StringComparison.Ordinal));
        app.MapScalarApiReference(ScoringApiRoutes.Reference, o => o
            .WithTitle("ColdStart Workbench · Scoring API")
            .WithOpenApiRoutePattern(ScoringApiRoutes.OpenApiDocument.Replace("v1", "{documentName}", StringComparison.Ordinal))
            .DisableDefaultFonts()
            .DisableTelemetry());
        return app;
    }
}
