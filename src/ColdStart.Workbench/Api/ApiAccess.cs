using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using ColdStart.Data.Accounts;
using ColdStart.Workbench.Accounts;
using Microsoft.Extensions.Options;

namespace ColdStart.Workbench.Api;

/// <summary>
/// Who may call the API. With accounts, a request must carry an account's API key in <c>X-Api-Key</c> (401 otherwise)
/// and then acts as that account, with its role. In single-user mode (<see cref="AccountOptions.SingleUser"/>) only
/// requests from this machine are answered (403 otherwise), as the local admin. An in-process request (no remote
/// address, e.g. a test server) counts as local. An endpoint that needs more than the viewer role says so with
/// <see cref="ApiRole"/> metadata (403 for a lesser key).
/// </summary>
public sealed class ApiAccess(IOptions<AccountOptions> accounts, ApiKeyStore keys)
{
    /// <summary>The authentication type of a principal made from an API key.</summary>
    public const string AuthenticationType = "ApiKey";

    /// <summary>
    /// Admits <paramref name="context"/> (setting <see cref="HttpContext.User"/> to the key's account) or says why it is
    /// refused (status, title, detail).
    /// </summary>
    public async Task<ApiRefusal?> CheckAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (accounts.Value.SingleUser)
        {
            if (!LocalUser.IsLoopback(context))
                return new ApiRefusal(StatusCodes.Status403Forbidden, "The API answers this machine only",
                    $"The workbench runs in single-user mode (Accounts:SingleUser), so the API answers requests from loopback only; {context.Connection.RemoteIpAddress} is not loopback.");
            context.User = LocalUser.Principal;
            return RoleRefusal(context, Roles.Admin);
        }
        if (!context.Request.Headers.TryGetValue(ApiOptions.KeyHeader, out var given) || given.Count != 1 || string.IsNullOrEmpty(given[0]))
            return new ApiRefusal(StatusCodes.Status401Unauthorized, "API key required",
                $"Send an API key in the {ApiOptions.KeyHeader} header (an admin creates keys for an account on the Users page).");
        var owner = await keys.FindOwnerAsync(given[0]!, context.RequestAborted);
        if (owner is null)
            return new ApiRefusal(StatusCodes.Status401Unauthorized, "Unknown API key",
                $"The {ApiOptions.KeyHeader} header does not hold a working API key (unknown, revoked, or its account is deactivated).");
        context.User = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, owner.AccountId), new Claim(ClaimTypes.Name, owner.UserName), new Claim(ClaimTypes.Role, owner.Role)],
            AuthenticationType));
        return RoleRefusal(context, owner.Role);
    }

    private static ApiRefusal? RoleRefusal(HttpContext context, string role)
    {
        var needed = context.GetEndpoint()?.Metadata.GetMetadata<ApiRole>()?.Role;
        return needed is null || Roles.Includes(role, needed)
            ? null
            : new ApiRefusal(StatusCodes.Status403Forbidden, $"This needs the {needed} role",
                $"The API key's account ({context.User.Identity?.Name}) is a {role}; {context.Request.Method} {context.Request.Path} needs the {needed} role or above.");
    }

    /// <summary>The client a rate-limit window is counted for: its key when it sent one, else its address.</summary>
    public static string ClientOf(HttpContext context) =>
        context.Request.Headers.TryGetValue(ApiOptions.KeyHeader, out var key) && !string.IsNullOrEmpty(key.ToString())
            ? "key:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key.ToString())))
            : "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "local");
}
