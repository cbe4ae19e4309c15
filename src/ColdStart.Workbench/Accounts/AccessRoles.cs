using ColdStart.Data.Accounts;

namespace ColdStart.Workbench.Accounts;

/// <summary>The role lists the UI and endpoints check (<c>[Authorize(Roles = …)]</c>, <c>AuthorizeView Roles="…"</c>).</summary>
public static class AccessRoles
{
    /// <summary>Who may save strategies, personas, tags and suites.</summary>
    public const string Editors = Roles.Editor + "," + Roles.Admin;

    /// <summary>Who may manage workspaces, imports, users and API keys.</summary>
    public const string Admins = Roles.Admin;
}
