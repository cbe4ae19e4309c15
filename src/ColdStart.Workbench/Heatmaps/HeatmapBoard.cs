using ColdStart.Engine.Domain;
using ColdStart.Engine.Profiles;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Similarity;
using ColdStart.Engine.Training;

namespace ColdStart.Workbench.Heatmaps;

/// <summary>
/// The six matrices the heatmaps page shows for one item set and the workspace's personas: item × item (semantic,
/// collaborative), persona × department affinity (semantic, collaborative) and persona × persona (semantic, collaborative).
/// </summary>
public sealed record HeatmapBoard(
    SimilarityMatrix ItemsSemantic,
    SimilarityMatrix ItemsCollaborative,
    SimilarityMatrix DepartmentsSemantic,
    SimilarityMatrix DepartmentsCollaborative,
    SimilarityMatrix PersonasSemantic,
    SimilarityMatrix PersonasCollaborative)
{
    /// <summary>How many results of a persona form the item set.</summary>
    public const int TopResults = 15;

    /// <summary>The most items a merchandiser may pick by hand.</summary>
    public const int MaxPickedItems = 20;

    /// <summary>Builds every matrix; each persona is encoded once.</summary>
    public static HeatmapBoard Build(ModelSnapshot snapshot, IReadOnlyList<Persona> personas, IReadOnlyList<int> items)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(personas);
        var profiles = new Profile[personas.Count];
        for (int i = 0; i < personas.Count; i++) profiles[i] = snapshot.Profiles.Build(personas[i]);
        return Build(snapshot.Catalog, profiles, items);
    }

    /// <summary>Builds every matrix from already encoded profiles.</summary>
    public static HeatmapBoard Build(CatalogIndex catalog, IReadOnlyList<Profile> profiles, IReadOnlyList<int> items) => new(
        SimilarityMatrices.ItemItem(catalog, items, SimilaritySpace.Semantic),
        SimilarityMatrices.ItemItem(catalog, items, SimilaritySpace.Collaborative),
        SimilarityMatrices.PersonaDepartment(catalog, profiles, SimilaritySpace.Semantic),
        SimilarityMatrices.PersonaDepartment(catalog, profiles, SimilaritySpace.Collaborative),
        SimilarityMatrices.PersonaPersona(profiles, SimilaritySpace.Semantic),
        SimilarityMatrices.PersonaPersona(profiles, SimilaritySpace.Collaborative));

    /// <summary>Item indices of the persona's top <see cref="TopResults"/> under <paramref name="strategy"/>, in rank order.</summary>
    public static IReadOnlyList<int> TopItems(ModelSnapshot snapshot, Persona persona, Strategy strategy)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(strategy);
        var ranked = snapshot.Rank(persona, strategy, TopResults).Items;
        var items = new int[ranked.Count];
        for (int i = 0; i < ranked.Count; i++) items[i] = ranked[i].Index;
        return items;
    }
}
