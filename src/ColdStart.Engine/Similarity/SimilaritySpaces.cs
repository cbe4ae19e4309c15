using ColdStart.Engine.Profiles;
using ColdStart.Engine.Scoring;

namespace ColdStart.Engine.Similarity;

/// <summary>What a <see cref="SimilaritySpace"/> selects: the catalog's rows, a profile's vector, the space's name.</summary>
public static class SimilaritySpaces
{
    /// <summary>The catalog's item rows in <paramref name="space"/>.</summary>
    public static VectorSpace Rows(this CatalogIndex catalog, SimilaritySpace space)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return space switch
        {
            SimilaritySpace.Semantic => catalog.Semantic,
            SimilaritySpace.Collaborative => catalog.Collaborative,
            _ => throw new ArgumentOutOfRangeException(nameof(space), space, "Unknown similarity space."),
        };
    }

    /// <summary>The profile's vector in <paramref name="space"/>, checked against the catalog's dimension there.</summary>
    /// <exception cref="ArgumentException">The vector's length differs from the catalog's rows (names the profile).</exception>
    public static float[] VectorIn(this Profile profile, SimilaritySpace space, CatalogIndex catalog)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var vector = space == SimilaritySpace.Semantic ? profile.Semantic : profile.Collaborative;
        int dimension = catalog.Rows(space).Dimension;
        if (vector.Length != dimension)
            throw new ArgumentException($"Profile '{profile.Name}' has a {space.Label()} vector of {vector.Length} dimensions; the catalog's space has {dimension}.", nameof(profile));
        return vector;
    }

    /// <summary>"semantic" or "collaborative".</summary>
    public static string Label(this SimilaritySpace space) => space == SimilaritySpace.Semantic ? "semantic" : "collaborative";
}
