using ColdStart.Workbench.Accounts;

namespace ColdStart.Workbench.Components.Account;

/// <summary>Where to go after signing in: only a path of this site (no open redirect to another host).</summary>
public static class ReturnUrls
{
    public static string Safe(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.StartsWith("/\\", StringComparison.Ordinal) && !returnUrl.StartsWith(AccountRoutes.SignIn, StringComparison.OrdinalIgnoreCase)
            ? returnUrl
            : "/";
}
