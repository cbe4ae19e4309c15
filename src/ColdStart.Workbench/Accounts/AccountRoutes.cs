namespace ColdStart.Workbench.Accounts;

/// <summary>Where the account pages and endpoints live.</summary>
public static class AccountRoutes
{
    public const string Setup = "/account/setup";
    public const string SignIn = "/account/login";
    public const string SignOut = "/account/logout";
    public const string Password = "/account/password";
    public const string Denied = "/account/denied";
    public const string Users = "/users";
}
