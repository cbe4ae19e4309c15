using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ColdStart.Workbench.Api;

/// <summary>
/// Who may call the API, until issue 14's accounts land: with keys configured (<c>Api:Keys</c>), a request must carry
/// one of them in <c>X-Api-Key</c> (401 otherwise); with none configured, only requests from this machine are answered
/// (403 otherwise). An in-process request (no remote address, e.g. a test server or a Unix socket) counts as local.
/// </summary>
public sealed class ApiAccess(IOptions<ApiOptions> options)
{
    private readonly byte[][] _keys = [.. options.Value.Keys.Select(k => Encoding.UTF8.GetBytes(k))];

    /// <summary>Why <paramref name="context"/> is refused (status, title, detail), or null when it may proceed.</summary>
    public ApiRefusal? Check(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (_keys.Length == 0)
        {
            var remote = context.Connection.RemoteIpAddress;
            return remote is null || IPAddress.IsLoopback(remote)
                ? null
                : new ApiRefusal(StatusCodes.Status403Forbidden, "The API answers this machine only",
                    $"No API keys are configured (Api:Keys), so the API answers requests from loopback only; {remote} is not loopback.");
        }
        if (!context.Request.Headers.TryGetValue(ApiOptions.KeyHeader, out var given) || given.Count != 1 || string.IsNullOrEmpty(given[0]))
            return new ApiRefusal(StatusCodes.Status401Unauthorized, "API key required", $"Send one of the configured API keys in the {ApiOptions.KeyHeader} header.");
        var bytes = Encoding.UTF8.GetBytes(given[0]!);
        bool known = false;
        foreach (var key in _keys) known |= CryptographicOperations.FixedTimeEquals(key, bytes);
        return known ? null : new ApiRefusal(StatusCodes.Status401Unauthorized, "Unknown API key", $"The {ApiOptions.KeyHeader} header does not hold a configured API key.");
    }

    /// <summary>The client a rate-limit window is counted for: its key when it sent one, else its address.</summary>
    public static string ClientOf(HttpContext context) =>
        context.Request.Headers.TryGetValue(ApiOptions.KeyHeader, out var key) && !string.IsNullOrEmpty(key.ToString())
            ? "key:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key.ToString())))
            : "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "local");
}
