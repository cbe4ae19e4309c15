using System.Numerics.Tensors;
using ColdStart.Engine.Scoring;

namespace ColdStart.Engine.Similarity;

/// <summary>
/// One centroid per group of items (e.g. a department): the mean of the group's L2-normalised rows, a zero row
/// counting as a zero vector. So the affinity of a query to a group, the unit query · the centroid, is the mean cosine
/// of the query to the group's items — the one definition of "persona × department" for the heatmaps and the profile
/// panel.
/// </summary>
public sealed class Centroids
{
    private readonly float[] _rows;

    private Centroids(float[] rows, int[] sizes, int dimension)
    {
        _rows = rows;
        Sizes = sizes;
        Dimension = dimension;
    }

    /// <summary>How many groups.</summary>
    public int Count => Sizes.Count;

    public int Dimension { get; }

    /// <summary>Items per group.</summary>
    public IReadOnlyList<int> Sizes { get; }

    /// <summary>The centroid of group <paramref name="group"/>.</summary>
    public ReadOnlySpan<float> Row(int group) => _rows.AsSpan(group * Dimension, Dimension);

    /// <summary>Per department (in <see cref="CatalogIndex.Departments"/> order) the centroid of its items in <paramref name="space"/>.</summary>
    public static Centroids Departments(CatalogIndex catalog, SimilaritySpace space)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return Of(catalog.Rows(space), catalog.DepartmentOf, catalog.Departments.Length);
    }

    /// <summary>Centroids of the rows of <paramref name="space"/> grouped by <paramref name="groupOf"/> (one group index per row).</summary>
    /// <exception cref="ArgumentException">A row's group is outside 0…<paramref name="groups"/> − 1, or the counts differ.</exception>
    public static Centroids Of(VectorSpace space, IReadOnlyList<int> groupOf, int groups)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(groupOf);
        if (groupOf.Count != space.Count)
            throw new ArgumentException($"{groupOf.Count} group indices for {space.Count} rows.", nameof(groupOf));
        int d = space.Dimension;
        var sums = new double[groups * d];
        var sizes = new int[groups];
        var unit = new float[d];
        for (int i = 0; i < space.Count; i++)
        {
            int g = groupOf[i];
            if ((uint)g >= (uint)groups)
                throw new ArgumentException($"Row {i} is in group {g}, outside the {groups} groups.", nameof(groupOf));
            sizes[g]++;
            if (VectorSpace.Normalise(space.Row(i), unit) == 0) continue;
            var sum = sums.AsSpan(g * d, d);
            for (int a = 0; a < d; a++) sum[a] += unit[a];
        }
        var rows = new float[groups * d];
        for (int g = 0; g < groups; g++)
            for (int a = 0; a < d; a++)
                rows[g * d + a] = sizes[g] == 0 ? 0 : (float)(sums[g * d + a] / sizes[g]);
        return new Centroids(rows, sizes, d);
    }

    /// <summary>Per group the mean cosine of <paramref name="query"/> to the group's items (all 0 for a zero query).</summary>
    /// <exception cref="ArgumentException">The query's length is not <see cref="Dimension"/>.</exception>
    public float[] Affinities(ReadOnlySpan<float> query)
    {
        if (query.Length != Dimension)
            throw new ArgumentException($"The query has {query.Length} components but the centroids have {Dimension}.", nameof(query));
        var result = new float[Count];
        var unit = new float[Dimension];
        if (VectorSpace.Normalise(query, unit) == 0) return result;
        for (int g = 0; g < result.Length; g++) result[g] = TensorPrimitives.Dot(unit, Row(g));
        return result;
    }
}
