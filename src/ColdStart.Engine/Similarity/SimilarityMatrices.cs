using System.Numerics.Tensors;
using ColdStart.Engine.Profiles;
using ColdStart.Engine.Scoring;

namespace ColdStart.Engine.Similarity;

/// <summary>
/// Cosine-similarity matrices over the catalog's vector spaces for heatmaps: item × item, persona × item,
/// persona × persona and persona × department affinity (the mean cosine of a profile to the department's items).
/// Pure functions of their inputs; zero vectors give similarity 0.
/// </summary>
public static class SimilarityMatrices
{
    /// <summary>Pairwise cosine of the given items' rows in <paramref name="space"/>; labels are the items' titles.</summary>
    public static SimilarityMatrix ItemItem(CatalogIndex catalog, IReadOnlyList<int> items, SimilaritySpace space)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        CheckItems(catalog, items);
        var vectors = Space(catalog, space);
        var labels = ItemLabels(catalog, items);
        var values = new float[items.Count][];
        for (int r = 0; r < items.Count; r++)
        {
            values[r] = new float[items.Count];
            for (int c = 0; c < items.Count; c++) values[r][c] = vectors.Cosine(items[r], items[c]);
        }
        return new SimilarityMatrix($"Items × items ({Name(space)})", labels, labels, values);
    }

    /// <summary>Cosine of each profile's vector in <paramref name="space"/> to each given item's row.</summary>
    public static SimilarityMatrix PersonaItem(CatalogIndex catalog, IReadOnlyList<Profile> profiles, IReadOnlyList<int> items, SimilaritySpace space)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(profiles);
        CheckItems(catalog, items);
        var vectors = Space(catalog, space);
        var values = new float[profiles.Count][];
        for (int r = 0; r < profiles.Count; r++)
        {
            var query = Vector(profiles[r], space, vectors.Dimension);
            values[r] = new float[items.Count];
            for (int c = 0; c < items.Count; c++) values[r][c] = Cosine(query, vectors.Row(items[c]));
        }
        return new SimilarityMatrix($"Personas × items ({Name(space)})", ProfileLabels(profiles), ItemLabels(catalog, items), values);
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
                    throw new ArgumentException($"Profiles '{profiles[r].Name}' and '{profiles[c].Name}' have {Name(space)} vectors of different lengths ({vectors[r].Length} and {vectors[c].Length}).", nameof(profiles));
                values[r][c] = Cosine(vectors[r], vectors[c]);
            }
        }
        return new SimilarityMatrix($"Personas × personas ({Name(space)})", labels, labels, values);
    }

    /// <summary>
    /// Per profile and department (in <see cref="CatalogIndex.Departments"/> order), the mean cosine of the profile's
    /// vector to the rows of the department's items in <paramref name="space"/>.
    /// </summary>
    public static SimilarityMatrix PersonaDepartment(CatalogIndex catalog, IReadOnlyList<Profile> profiles, SimilaritySpace space)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(profiles);
        var vectors = Space(catalog, space);
        var itemNorms = new float[catalog.Count];
        for (int i = 0; i < catalog.Count; i++) itemNorms[i] = TensorPrimitives.Norm(vectors.Row(i));
        var counts = new int[catalog.Departments.Length];
        foreach (int d in catalog.DepartmentOf) counts[d]++;
        var values = new float[profiles.Count][];
        for (int r = 0; r < profiles.Count; r++)
            values[r] = DepartmentMeans(catalog, vectors, itemNorms, counts, Vector(profiles[r], space, vectors.Dimension));
        return new SimilarityMatrix($"Personas × departments ({Name(space)})", ProfileLabels(profiles), catalog.Departments, values);
    }

    private static float[] DepartmentMeans(CatalogIndex catalog, VectorSpace vectors, float[] itemNorms, int[] counts, float[] query)
    {
        var sums = new double[counts.Length];
        float queryNorm = TensorPrimitives.Norm(query);
        if (queryNorm > 0)
        {
            for (int i = 0; i < catalog.Count; i++)
            {
                if (itemNorms[i] == 0) continue;
                sums[catalog.DepartmentOf[i]] += TensorPrimitives.Dot(query, vectors.Row(i)) / (queryNorm * itemNorms[i]);
            }
        }
        var means = new float[counts.Length];
        for (int d = 0; d < counts.Length; d++) means[d] = counts[d] == 0 ? 0 : (float)(sums[d] / counts[d]);
        return means;
    }

    /// <summary>Cosine of two equal-length vectors; 0 when either is zero.</summary>
    public static float Cosine(ReadOnlySpan<float> x, ReadOnlySpan<float> y)
    {
        if (x.Length != y.Length) throw new ArgumentException($"Vectors have different lengths ({x.Length} and {y.Length}).", nameof(y));
        float nx = TensorPrimitives.Norm(x), ny = TensorPrimitives.Norm(y);
        return nx == 0 || ny == 0 ? 0 : TensorPrimitives.Dot(x, y) / (nx * ny);
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

    private static IReadOnlyList<string> ProfileLabels(IReadOnlyList<Profile> profiles)
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

    private static float[] Vector(Profile profile, SimilaritySpace space, int dimension)
    {
        var vector = space == SimilaritySpace.Semantic ? profile.Semantic : profile.Collaborative;
        if (vector.Length != dimension)
            throw new ArgumentException($"Profile '{profile.Name}' has a {Name(space)} vector of {vector.Length} dimensions; the catalog's space has {dimension}.", nameof(profile));
        return vector;
    }

    private static void CheckItems(CatalogIndex catalog, IReadOnlyList<int> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        for (int i = 0; i < items.Count; i++)
            if ((uint)items[i] >= (uint)catalog.Count)
                throw new ArgumentOutOfRangeException(nameof(items), $"Item index {items[i]} at position {i} is outside the catalog of {catalog.Count} items.");
    }

    private static VectorSpace Space(CatalogIndex catalog, SimilaritySpace space) => space switch
    {
        SimilaritySpace.Semantic => catalog.Semantic,
        SimilaritySpace.Collaborative => catalog.Collaborative,
        _ => throw new ArgumentOutOfRangeException(nameof(space), space, "Unknown similarity space."),
    };

    private static string Name(SimilaritySpace space) => space == SimilaritySpace.Semantic ? "semantic" : "collaborative";
}
