using ColdStart.Engine.Domain;

namespace ColdStart.Engine.World;

/// <summary>A generated sample world and, for evaluation only, the hidden archetype of each user.</summary>
/// <param name="Dataset">The world: items, users, events sorted by time.</param>
/// <param name="UserArchetypes">Archetype index per user (position in <paramref name="ArchetypeNames"/>); never part of user attributes or text, and no scoring code may read it.</param>
/// <param name="ArchetypeNames">Display names of the archetypes.</param>
public sealed record SampleWorldResult(Dataset Dataset, int[] UserArchetypes, IReadOnlyList<string> ArchetypeNames);
