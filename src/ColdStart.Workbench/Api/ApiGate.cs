using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace ColdStart.Workbench.Api;

/// <summary>
/// Middleware in front of <c>/api</c>: refuses callers <see cref="ApiAccess"/> does not admit, turns a body that is not
/// valid JSON into a 400 naming the field, an unexpected exception into a 500, and any other error without a body into
/// a problem detail (RFC 7807) instead of the HTML error pages the web UI uses.
/// </summary>
public sealed class ApiGate(RequestDelegate next, ApiAccess access, IProblemDetailsService problems, ILogger<ApiGate> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(ScoringApiRoutes.Prefix, StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }
        if (context.Features.Get<IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
        if (await access.CheckAsync(context) is { } refusal)
        {
            await WriteAsync(context, refusal.Status, refusal.Title, refusal.Detail);
            return;
        }
        try
        {
            using (ColdStart.Data.Auditing.AmbientActorSource.Use(Auditing.Actors.ForApi(context)))
                await next(context);
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
        {
            await WriteBadRequestAsync(context, ex);
            return;
        }
        catch (Exception ex) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            logger.LogError(ex, "The scoring API failed on {Path}.", context.Request.Path);
            context.Response.Clear();
            await WriteAsync(context, StatusCodes.Status500InternalServerError, "The request failed on the server",
                "The server could not answer this request; its log has the details.");
            return;
        }
        if (context.Response is { StatusCode: >= 400, HasStarted: false, ContentLength: null, ContentType: null })
            await WriteAsync(context, context.Response.StatusCode, null, null);
    }

    private Task WriteBadRequestAsync(HttpContext context, BadHttpRequestException ex)
    {
        context.Response.Clear();
        var json = ex.InnerException as JsonException;
        string field = json?.Path is { Length: > 2 } path ? path[2..] : "body";
        string message = json is null ? ex.Message : $"The request body is not valid here: {json.Message}";
        var problem = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = ex.StatusCode,
            Title = "The request body could not be read",
            Detail = message,
        };
        context.Response.StatusCode = ex.StatusCode;
        return problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }).AsTask();
    }

    private Task WriteAsync(HttpContext context, int status, string? title, string? detail)
    {
        context.Response.StatusCode = status;
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        }).AsTask();
    }
}
