using System.Numerics.Tensors;
using ColdStart.Engine.Profiles;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Similarity;

namespace ColdStart.Workbench.Personas;

/// <summary>
/// What the profile panel shows of one profile vector: its nearest items, departments and tags as the engine's
/// <see cref="Nearest"/> ranks them (the same cosines, department centroids and tie-breaking as the heatmaps), and the
/// blue-white-red colour of a heat-strip cell.
/// </summary>
public static class ProfileInsight
{
    public const int TopItems = 5;
    public const int TopDepartments = 5;
    public const int TopTags = 8;
    public const int TagNeighbourhood = 50;

    /// <summary>Describes the profile's vector in <paramref name="space"/> against the catalog's items and departments.</summary>
    /// <exception cref="ArgumentException">The profile's vector does not have the catalog's dimension in that space.</exception>
    public static VectorInsight Describe(CatalogIndex catalog, Profile profile, SimilaritySpace space)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var vector = profile.VectorIn(space, catalog);
        float maxAbs = vector.Length == 0 ? 0 : Math.Abs(TensorPrimitives.MaxMagnitude(vector));
        if (maxAbs == 0) return new VectorInsight(space.Label(), vector, 0, [], [], []);
        var nearest = Nearest.Items(catalog, vector, space, Math.Max(TopItems, TagNeighbourhood));
        var centroids = Centroids.Departments(catalog, space);
        var tagItems = Math.Min(TagNeighbourhood, nearest.Length);
        return new VectorInsight(space.Label(), vector, maxAbs,
            [.. nearest.Take(TopItems).Select(n => new InsightEntry(catalog.Items[n.Index].Title, catalog.Items[n.Index].Id, n.Score))],
            [.. Nearest.Departments(centroids, vector, TopDepartments)
                .Select(n => new InsightEntry(catalog.Departments[n.Index], $"{centroids.Sizes[n.Index]} items", n.Score))],
            [.. Nearest.Tags(catalog, nearest.Take(tagItems), TopTags)
                .Select(t => new InsightEntry(t.Tag, $"{t.Count} of the nearest {tagItems} items", t.Count))]);
    }

    /// <summary>CSS colour of a heat-strip cell: blue for −<paramref name="maxAbs"/>, white for 0, red for +<paramref name="maxAbs"/>.</summary>
    public static string HeatColor(float value, float maxAbs)
    {
        float t = maxAbs <= 0 || !float.IsFinite(value) ? 0 : Math.Clamp(value / maxAbs, -1f, 1f);
        int fade = (int)Math.Round(255 * (1 - Math.Abs(t)));
        return t >= 0 ? $"rgb(255,{fade},{fade})" : $"rgb({fade},{fade},255)";
    }
}
