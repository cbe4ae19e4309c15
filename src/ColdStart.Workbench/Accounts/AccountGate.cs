using ColdStart.Data.Auditing;
using ColdStart.Workbench.Api;
using ColdStart.Workbench.Auditing;
using Microsoft.Extensions.Options;

namespace ColdStart.Workbench.Accounts;

/// <summary>
/// Middleware after authentication, before authorization. In single-user mode it signs every loopback request in as
/// <see cref="LocalUser"/> and refuses other addresses. With accounts, until the first admin exists, it sends this
/// machine's page requests to the setup page and refuses every other address (403); the API answers 503 meanwhile.
/// <see cref="Hosting.WorkbenchHealth.Path"/> passes through untouched.
/// </summary>
public sealed class AccountGate(RequestDelegate next, IOptions<AccountOptions> options, SetupState setup)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // Monitors reach the health endpoint from anywhere, before setup too; it shows no data.
        if (context.Request.Path.Equals(Hosting.WorkbenchHealth.Path, StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }
        bool loopback = LocalUser.IsLoopback(context);
        bool api = context.Request.Path.StartsWithSegments(ScoringApiRoutes.Prefix, StringComparison.OrdinalIgnoreCase);
        if (options.Value.SingleUser)
        {
            if (loopback) context.User = LocalUser.Principal;
            // The API answers a non-loopback caller itself (ApiAccess), with a problem detail.
            else if (!api)
            {
                await RefuseAsync(context, StatusCodes.Status403Forbidden,
                    $"This workbench runs in single-user mode (Accounts:SingleUser) and answers this machine only; {context.Connection.RemoteIpAddress} is not loopback.");
                return;
            }
        }
        else if (!await setup.HasAdminAsync(context.RequestAborted))
        {
            if (!loopback)
            {
                await RefuseAsync(context, StatusCodes.Status403Forbidden,
                    "This workbench has no admin yet. Open it on the server itself (http://localhost:<port>/) to create the admin account.");
                return;
            }
            if (api)
            {
                await RefuseAsync(context, StatusCodes.Status503ServiceUnavailable,
                    $"This workbench has no admin yet: open {AccountRoutes.Setup} in a browser on this machine to create one.");
                return;
            }
            if (!IsAsset(context.Request.Path) && !context.Request.Path.StartsWithSegments(AccountRoutes.Setup, StringComparison.OrdinalIgnoreCase)
                && !context.Request.Path.StartsWithSegments(ErrorPage, StringComparison.OrdinalIgnoreCase))
            {
                context.Response.Redirect(AccountRoutes.Setup);
                return;
            }
        }
        // HTTP requests (the static account pages) change things too: they are audited as the signed-in user.
        using (AmbientActorSource.Use(Actors.ForCircuit(context)))
            await next(context);
    }

    /// <summary>The error page the exception handler re-executes outside Development; shown before setup too.</summary>
    private const string ErrorPage = "/Error";

    /// <summary>Scripts, styles and images the setup page needs (files with an extension, Blazor's and packages' assets).</summary>
    private static bool IsAsset(PathString path) =>
        path.StartsWithSegments("/_framework", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/_content", StringComparison.OrdinalIgnoreCase)
        || Path.HasExtension(path.Value);

    private static Task RefuseAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(message, context.RequestAborted);
    }
}
