using System.Threading.RateLimiting;
using ColdStart.Data.Accounts;
using ColdStart.Data.Stores;
using ColdStart.Workbench.Api;
using ColdStart.Workbench.Modeling;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;

// In the DI namespace (the usual place for Add* extensions), so Program.cs needs one line and no extra using.
namespace Microsoft.Extensions.DependencyInjection;

public static class ScoringApiServiceCollectionExtensions
{
    /// <summary>
    /// Registers the scoring API (<c>/api/v1</c>, mapped by <c>MapScoringApi</c>): <see cref="ApiOptions"/> (section
    /// "Api", validated on start), the key check, problem details, the fixed-window rate limiter per client, the
    /// OpenAPI document and the services the endpoints call (the same stores the pages use). Call after <c>AddModelHost</c>.
    /// </summary>
    public static IServiceCollection AddScoringApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApiOptions>()
            .Bind(configuration.GetSection(ApiOptions.SectionName))
            .Validate(o => o.PermitLimit is >= 1 and <= 1_000_000, "Api:PermitLimit must be between 1 and 1000000.")
            .Validate(o => o.WindowSeconds is >= 1 and <= 3600, "Api:WindowSeconds must be between 1 and 3600.")
            .Validate(o => o.MaxPageSize is >= 1 and <= 1000, "Api:MaxPageSize must be between 1 and 1000.")
            .ValidateOnStart();
        services.AddPersonas();
        services.TryAddSingleton<StrategyStore>();
        services.TryAddSingleton<ItemStore>();
        services.TryAddSingleton<WorkspaceStore>();
        services.TryAddSingleton<ApiKeyStore>();
        services.TryAddSingleton<ApiAccess>();
        services.TryAddSingleton<ImpressionStore>();
        services.TryAddSingleton<LiveExploration>();
        services.TryAddSingleton<Recommendations>();
        services.TryAddSingleton<EventStore>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<LiveEvents>();
        services.TryAddSingleton<VisitorEvents>();
        services.AddProblemDetails();
        // Binding failures (a body that is not JSON of the right shape) reach ApiGate, which names the field.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddRateLimiter(AddPolicy);
        services.AddOpenApi(o => o.AddDocumentTransformer<ApiKeyDocumentTransformer>());
        return services;
    }

    private static void AddPolicy(RateLimiterOptions limiter)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.AddPolicy(ScoringApiRoutes.RateLimitPolicy, context =>
        {
            var options = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<ApiOptions>>().Value;
            return RateLimitPartition.GetFixedWindowLimiter(ApiAccess.ClientOf(context), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = options.PermitLimit,
                Window = TimeSpan.FromSeconds(options.WindowSeconds),
                QueueLimit = 0,
                AutoReplenishment = true,
            });
        });
        limiter.OnRejected = async (rejected, cancellationToken) =>
        {
            var context = rejected.HttpContext;
            var options = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<ApiOptions>>().Value;
            int retry = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? (int)Math.Ceiling(after.TotalSeconds) : options.WindowSeconds;
            context.Response.Headers.RetryAfter = Math.Max(1, retry).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status429TooManyRequests,
                    Title = "Too many requests",
                    Detail = $"At most {options.PermitLimit} requests per {options.WindowSeconds} s per client (Api:PermitLimit, Api:WindowSeconds); retry later.",
                },
            });
        };
    }
}
