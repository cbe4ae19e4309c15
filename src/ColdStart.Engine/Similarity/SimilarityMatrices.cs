using ColdStart.Engine.Profiles;
using ColdStart.Engine.Scoring;

namespace ColdStart.Engine.Similarity;

/// <summary>
/// Cosine-similarity matrices over the catalog's vector spaces for heatmaps: item × item, persona × item,
/// persona × persona and persona × department affinity (the mean cosine of a profile to the department's items).
/// Pure functions of their inputs, built on <see cref="Cosines"/> and <see cref="Centroids"/> like <see cref="Nearest"/>,
/// so a heatmap row ranks as the profile panel's nearest items and departments do; zero vectors give similarity 0.
/// </summary>
public static class SimilarityMatrices
{
    /// <summary>Pairwise cosine of the given items' rows in <paramref name="space"/>; labels are the items' titles.</summary>
    public static SimilarityMatrix ItemItem(CatalogIndex catalog, IReadOnlyList<int> items, SimilaritySpace space)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        CheckItems(catalog, items);
        var vectors = catalog.Rows(space);
        var labels = ItemLabels(catalog, items);
        var values = new float[items.Count][];
        for (int r = 0; r < items.Count; r++)
        {
            values[r] = new float[items.Count];
            for (int c = 0; c < items.Count; c++) values[r][c] = vectors.Cosine(items[r], items[c]);
        }
        return new SimilarityMatrix($"Items × items ({space.Label()})", labels, labels, values);
    }

    /// <summary>Cosine of each profile's vector in <paramref name="space"/> to each given item's row.</summary>
    public static SimilarityMatrix PersonaItem(CatalogIndex catalog, IReadOnlyList<Profile> profiles, IReadOnlyList<int> items, SimilaritySpace space)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(profiles);
        CheckItems(catalog, items);
        var vectors = catalog.Rows(space);
        var values = new float[profiles.Count][];
        for (int r = 0; r < profiles.Count; r++)
        {
            var query = profiles[r].VectorIn(space, catalog);
            values[r] = new float[items.Count];
            for (int c = 0; c < items.Count; c++) values[r][c] = Cosines.Of(query, vectors.Row(items[c]));
        }
        return new SimilarityMatrix($"Personas × items ({space.Label()})", ProfileLabels(profiles), ItemLabels(catalog, items), values);
    }

    /// <summary>Pairwise cosine of the profiles' vectors in <paramref name="space"/>.</summary>
    public static SimilarityMatrix PersonaPersona(IReadOnlyList<Profile> profiles, SimilaritySpace space)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var labels = ProfileLabels(profiles);
        var vectors = new float[profiles.Count][];
        for (int i = 0; i < profiles.Count; i++) vectors[i] = space == SimilaritySpace.Semantic ? profiles[i].Semantic : profiles[i].Collaborative;
        var values = new float[profiles.Count][];
        for (int r = 0; r < profiles.Count; r++)
        {
            values[r] = new float[profiles.Count];
            for (int c = 0; c < profiles.Count; c++)
            {
                if (vectors[r].Length != vectors[c].Length)
                    throw new ArgumentException($"Profiles '{profiles[r].Name}' and '{profiles[c].Name}' have {space.Label()} vectors of different lengths ({vectors[r].Length} and {vectors[c].Length}).", nameof(profiles));
                values[r][c] = Cosines.Of(vectors[r], vectors[c]);
            }
        }
        return new SimilarityMatrix($"Personas × personas ({space.Label()})", labels, labels, values);
    }

    /// <summary>
    /// Per profile and department (in <see cref="CatalogIndex.Departments"/> order), the mean cosine of the profile's
    /// vector to the rows of the department's items in <paramref name="space"/> (see <see cref="Centroids"/>).
    /// </summary>
    public static SimilarityMatrix PersonaDepartment(CatalogIndex catalog, IReadOnlyList<Profile> profiles, SimilaritySpace space)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(profiles);
        var departments = Centroids.Departments(catalog, space);
        var values = new float[profiles.Count][];
        for (int r = 0; r < profiles.Count; r++) values[r] = departments.Affinities(profiles[r].VectorIn(space, catalog));
        return new SimilarityMatrix($"Personas × departments ({space.Label()})", ProfileLabels(profiles), catalog.Departments, values);
    }

    /// <summary>Titles of the items; a title that occurs twice gets its id appended so every label is unique.</summary>
    public static IReadOnlyList<string> ItemLabels(CatalogIndex catalog, IReadOnlyList<int> items)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var titles = new string[items.Count];
        for (int i = 0; i < items.Count; i++) titles[i] = catalog.Items[items[i]].Title;
        var counts = titles.CountBy(t => t, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var labels = new string[items.Count];
        for (int i = 0; i < items.Count; i++)
            labels[i] = counts[titles[i]] > 1 ? $"{titles[i]} ({catalog.Items[items[i]].Id})" : titles[i];
        return labels;
    }

    private static string[] ProfileLabels(IReadOnlyList<Profile> profiles)
    {
        var labels = new string[profiles.Count];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < profiles.Count; i++)
        {
            string name = profiles[i].Name;
            int n = seen.TryGetValue(name, out int count) ? count + 1 : 1;
            seen[name] = n;
            labels[i] = n == 1 ? name : $"{name} #{n}";
        }
        return labels;
    }

    private static void CheckItems(CatalogIndex catalog, IReadOnlyList<int> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        for (int i = 0; i < items.Count; i++)
            if ((uint)items[i] >= (uint)catalog.Count)
                throw new ArgumentOutOfRangeException(nameof(items), $"Item index {items[i]} at position {i} is outside the catalog of {catalog.Count} items.");
    }
}
