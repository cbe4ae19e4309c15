namespace ColdStart.Data.Accounts;

/// <summary>
/// The three roles, each including the ones before it: a <see cref="Viewer"/> reads everything and runs comparisons and
/// the lab on their own drafts; an <see cref="Editor"/> also saves strategies, personas, tags and suites; an
/// <see cref="Admin"/> also manages workspaces, imports, users and API keys. Every account holds exactly one.
/// </summary>
public static class Roles
{
    public const string Viewer = "viewer";
    public const string Editor = "editor";
    public const string Admin = "admin";

    /// <summary>The roles from least to most allowed.</summary>
    public static IReadOnlyList<string> All { get; } = [Viewer, Editor, Admin];

    /// <summary>Whether <paramref name="role"/> is one of <see cref="All"/>.</summary>
    public static bool IsKnown(string? role) => role is Viewer or Editor or Admin;

    /// <summary>Whether <paramref name="role"/> may do what <paramref name="needed"/> may.</summary>
    public static bool Includes(string? role, string needed) => Rank(role) >= Rank(needed) && Rank(needed) > 0;

    /// <summary>The most allowed of <paramref name="roles"/> (an account holds one); <see cref="Viewer"/> when none is known.</summary>
    public static string HighestOf(IEnumerable<string?> roles) =>
        roles.Where(IsKnown).OrderByDescending(Rank).FirstOrDefault() ?? Viewer;

    private static int Rank(string? role) => role switch
    {
        Viewer => 1,
        Editor => 2,
        Admin => 3,
        _ => 0,
    };
}
