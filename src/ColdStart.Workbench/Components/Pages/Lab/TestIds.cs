namespace ColdStart.Workbench.Components.Pages.Lab;

/// <summary>data-testid values built from names: "Cold-start blend" → "cold-start-blend".</summary>
internal static class TestIds
{
    public static string Slug(string name)
    {
        var chars = name.Trim().ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray();
        return string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
    }
}
