using ColdStart.Engine.Domain;
using ColdStart.Engine.Profiles;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Similarity;
using ColdStart.Engine.Training;

namespace ColdStart.Workbench.Heatmaps;

/// <summary>
/// Persona × item heatmaps: the chosen personas (rows) against the union of their top results under the chosen
/// (stored) strategy (columns, in order of first appearance), as cosine of the persona's vector to the item's, in the semantic
/// and the collaborative space.
/// </summary>
/// <param name="Semantic">Personas × items in the semantic space.</param>
/// <param name="Collaborative">Personas × items in the collaborative space.</param>
/// <param name="Items">Catalog indices of the columns.</param>
public sealed record PersonaItemBoard(SimilarityMatrix Semantic, SimilarityMatrix Collaborative, IReadOnlyList<int> Items)
{
    /// <summary>How many results of each persona join the columns.</summary>
    public const int TopResultsPerPersona = 8;

    /// <summary>The most personas shown at once (rows).</summary>
    public const int MaxPersonas = 6;

    /// <summary>How many personas are chosen when the page opens.</summary>
    public const int DefaultPersonas = 3;

    /// <summary>Encodes each persona once, ranks its top results under <paramref name="strategy"/> and builds both matrices.</summary>
    /// <exception cref="ArgumentException">More than <see cref="MaxPersonas"/> personas.</exception>
    public static PersonaItemBoard Build(ModelSnapshot snapshot, IReadOnlyList<Persona> personas, Strategy strategy)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(personas);
        ArgumentNullException.ThrowIfNull(strategy);
        if (personas.Count > MaxPersonas)
            throw new ArgumentException($"At most {MaxPersonas} personas fit the persona × item heatmap; {personas.Count} were chosen.", nameof(personas));
        var profiles = new Profile[personas.Count];
        var rankings = new IReadOnlyList<RankedItem>[personas.Count];
        for (int p = 0; p < personas.Count; p++)
        {
            profiles[p] = snapshot.Profiles.Build(personas[p]);
            rankings[p] = snapshot.Scorer.Rank(profiles[p], strategy, TopResultsPerPersona).Items;
        }
        var items = Union(rankings);
        return new PersonaItemBoard(
            SimilarityMatrices.PersonaItem(snapshot.Catalog, profiles, items, SimilaritySpace.Semantic),
            SimilarityMatrices.PersonaItem(snapshot.Catalog, profiles, items, SimilaritySpace.Collaborative),
            items);
    }

    /// <summary>Item indices of all rankings, each once, in order of first appearance (ranking by ranking, best first).</summary>
    public static IReadOnlyList<int> Union(IReadOnlyList<IReadOnlyList<RankedItem>> rankings)
    {
        ArgumentNullException.ThrowIfNull(rankings);
        var seen = new HashSet<int>();
        var items = new List<int>();
        foreach (var ranking in rankings)
            foreach (var ranked in ranking)
                if (seen.Add(ranked.Index)) items.Add(ranked.Index);
        return items;
    }
}
