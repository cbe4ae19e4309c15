using System.Text.Json;
using ColdStart.Data;
using ColdStart.Workbench.Modeling;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ColdStart.Workbench.Hosting;

/// <summary>
/// <c>GET /healthz</c> for monitors: anonymous, JSON. 200 while the database answers and the default workspace's model is
/// ready or being (re)built; 503 when the database cannot be reached or the last model build failed.
/// </summary>
public static class WorkbenchHealth
{
    public const string Path = "/healthz";

    public static IServiceCollection AddWorkbenchHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<ModelHealthCheck>("model");
        return services;
    }

    public static WebApplication MapWorkbenchHealth(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthChecks(Path, new HealthCheckOptions { ResponseWriter = WriteAsync }).AllowAnonymous();
        return app;
    }

    /// <summary>The model's state as a health result: failed is unhealthy, building (waiting, working) is degraded, ready is healthy.</summary>
    public static HealthCheckResult Of(ModelStatus status, string workspace)
    {
        ArgumentNullException.ThrowIfNull(status);
        var data = new Dictionary<string, object> { ["workspace"] = workspace, ["state"] = status.State.ToString() };
        return status.State switch
        {
            ModelState.Ready => HealthCheckResult.Healthy(status.Message, data),
            ModelState.Failed => HealthCheckResult.Unhealthy(status.Message, data: data),
            _ => HealthCheckResult.Degraded(status.Message, data: data),
        };
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                data = e.Value.Data.Count == 0 ? null : e.Value.Data,
            }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, Json), context.RequestAborted);
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Opens the SQLite store and runs one query.</summary>
    internal sealed class DatabaseHealthCheck(IDbContextFactory<WorkbenchDbContext> contexts) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                var applied = await db.Database.GetAppliedMigrationsAsync(cancellationToken);
                return applied.Any()
                    ? HealthCheckResult.Healthy("The database answers.")
                    : HealthCheckResult.Unhealthy("The database has no schema.");
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return HealthCheckResult.Unhealthy($"The database cannot be reached: {ex.Message}");
            }
        }
    }

    /// <summary>
    /// The live model of the server-wide default workspace (see <see cref="Of"/>), as users' own workspaces are their own.
    /// While it is not loaded (at start, before the sample data is ready, or after it was unloaded as idle) nothing serves
    /// it yet: degraded, state <see cref="ModelState.Waiting"/>, never "ready".
    /// </summary>
    internal sealed class ModelHealthCheck(ILiveModels models) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            string workspace = models.DefaultWorkspace;
            var status = models.Find(workspace)?.Status
                ?? new ModelStatus(ModelState.Waiting, $"The model of workspace '{workspace}' is not loaded yet; it loads once the data is ready, or on first use.");
            return Task.FromResult(Of(status, workspace));
        }
    }
}
