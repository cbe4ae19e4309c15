using System.Net;
using System.Security.Claims;
using ColdStart.Data.Accounts;

namespace ColdStart.Workbench.Accounts;

/// <summary>The one user of single-user mode (<see cref="AccountOptions.SingleUser"/>): an admin named "local user".</summary>
public static class LocalUser
{
    public const string Name = "local user";
    public const string AuthenticationType = "SingleUser";

    /// <summary>A principal with <see cref="Name"/> and the admin role.</summary>
    public static ClaimsPrincipal Principal { get; } = new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, Name), new Claim(ClaimTypes.NameIdentifier, Name), new Claim(ClaimTypes.Role, Roles.Admin)],
        AuthenticationType));

    /// <summary>Whether the request comes from this machine (an in-process request without an address counts).</summary>
    public static bool IsLoopback(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var remote = context.Connection.RemoteIpAddress;
        return remote is null || IPAddress.IsLoopback(remote);
    }
}
