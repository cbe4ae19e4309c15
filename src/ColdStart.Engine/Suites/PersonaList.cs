namespace ColdStart.Engine.Suites;

/// <summary>The top list a suite run ranked for one persona (as long as the longest N its expectations ask for), or why it could not.</summary>
/// <param name="Persona">The persona's name.</param>
/// <param name="Items">Best first.</param>
/// <param name="Error">Why the persona could not be ranked (unknown persona, invalid strategy), or null.</param>
public sealed record PersonaList(string Persona, IReadOnlyList<SeenItem> Items, string? Error = null)
{
    /// <summary>The first <paramref name="n"/> items (fewer when the list is shorter).</summary>
    public IReadOnlyList<SeenItem> Top(int n) => Items.Count <= n ? Items : [.. Items.Take(n)];
}
