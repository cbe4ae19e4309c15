using System.Net;
using System.Security.Cryptography;
using System.Text;
using ColdStart.Workbench.Api;

namespace ColdStart.Workbench.Auditing;

/// <summary>
/// The names the audit trail gives the web app's actors: the signed-in account's name (or "local user" in single-user mode) when there
/// is one, else "local user" for this machine or the remote address (Blazor), and the API key or address (API).
/// </summary>
public static class Actors
{
    public const string LocalUser = "local user";

    /// <summary>The actor of a Blazor circuit opened by <paramref name="context"/> (null when it is not at hand).</summary>
    public static string ForCircuit(HttpContext? context)
    {
        if (context?.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name }) return name;
        var remote = context?.Connection.RemoteIpAddress;
        return remote is null || IPAddress.IsLoopback(remote) ? LocalUser : remote.ToString();
    }

    /// <summary>The actor of an API request: "API key &lt;first 8 hex of its SHA-256&gt;" when it sent one, else "API from &lt;address&gt;".</summary>
    public static string ForApi(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name }) return name;
        if (context.Request.Headers.TryGetValue(ApiOptions.KeyHeader, out var key) && !string.IsNullOrEmpty(key.ToString()))
            return "API key " + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key.ToString())))[..8].ToLowerInvariant();
        return "API from " + (context.Connection.RemoteIpAddress?.ToString() ?? "this machine");
    }
}
