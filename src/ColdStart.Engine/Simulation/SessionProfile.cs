using ColdStart.Engine.Domain;
using ColdStart.Engine.Profiles;
using ColdStart.Engine.Training;

namespace ColdStart.Engine.Simulation;

/// <summary>
/// A visitor's profile during a session: the persona it started as, with every clicked item added as a revealed seed,
/// through the snapshot's <see cref="ProfileBuilder"/> (as the lab builds a test user who revealed k items). The
/// simulation and the Session page both build it here, so the loop has one path.
/// </summary>
public static class SessionProfile
{
    /// <summary>
    /// The profile of <paramref name="persona"/> after clicking <paramref name="clicked"/> (catalog indices, in order) and
    /// typing <paramref name="searches"/>, which join the persona's seed searches (its encoded text and query terms).
    /// </summary>
    public static Profile Build(ModelSnapshot snapshot, Persona persona, IReadOnlyList<int> clicked, IReadOnlyList<string>? searches = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(persona);
        ArgumentNullException.ThrowIfNull(clicked);
        var seeds = persona.SeedItemIds.ToList();
        foreach (int item in clicked)
        {
            string id = snapshot.Catalog.Items[item].Id;
            if (!seeds.Contains(id)) seeds.Add(id);
        }
        IReadOnlyList<string> typed = searches is { Count: > 0 } ? [.. persona.SeedSearches, .. searches] : persona.SeedSearches;
        var profile = snapshot.Profiles.Build(persona with { SeedItemIds = seeds, SeedSearches = typed });
        return profile with { SeenItems = [.. profile.SeenItems.Union(clicked)] };
    }
}
