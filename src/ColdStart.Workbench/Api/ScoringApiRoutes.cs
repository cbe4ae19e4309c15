namespace ColdStart.Workbench.Api;

/// <summary>Where the scoring API and its documents live.</summary>
public static class ScoringApiRoutes
{
    public const string Prefix = "/api";
    public const string Version1 = "/api/v1";
    public const string OpenApiDocument = "/openapi/v1.json";
    public const string Reference = "/scalar";
    public const string RateLimitPolicy = "scoring-api";
}
