using ColdStart.Engine.Scoring;
using ColdStart.Engine.Similarity;

namespace ColdStart.Engine.Tests.Similarity;

public sealed class CentroidsTests
{
    private const float Tolerance = 1e-6f;
    private static readonly float InvSqrt2 = 1 / MathF.Sqrt(2);

    // Group 0: (2,0), (0,3) and a zero row; group 1: (1,1).
    private static readonly VectorSpace Space = VectorSpace.Create([2, 0, 0, 3, 0, 0, 1, 1], 2);
    private static readonly int[] Groups = [0, 0, 0, 1];

    [Fact]
    public void A_centroid_is_the_mean_of_the_unit_rows_with_a_zero_row_counting_as_zero()
    {
        var centroids = Centroids.Of(Space, Groups, 2);

        Assert.Equal([3, 1], centroids.Sizes);
        Assert.Equal([1f / 3, 1f / 3], centroids.Row(0).ToArray());
        Assert.Equal(InvSqrt2, centroids.Row(1)[0], Tolerance);
    }

    [Fact]
    public void Affinity_to_a_group_is_the_mean_cosine_to_its_items()
    {
        var affinities = Centroids.Of(Space, Groups, 2).Affinities([5, 0]);

        float meanCosine = (Cosines.Of([5, 0], [2, 0]) + Cosines.Of([5, 0], [0, 3]) + 0f) / 3;
        Assert.Equal(meanCosine, affinities[0], Tolerance);
        Assert.Equal(InvSqrt2, affinities[1], Tolerance);
    }

    [Fact]
    public void A_zero_query_has_no_affinity()
    {
        Assert.Equal([0f, 0f], Centroids.Of(Space, Groups, 2).Affinities([0, 0]));
    }

    [Fact]
    public void An_empty_group_has_a_zero_centroid()
    {
        var centroids = Centroids.Of(Space, Groups, 3);

        Assert.Equal(0, centroids.Sizes[2]);
        Assert.Equal(0f, centroids.Affinities([1, 1])[2]);
    }

    [Fact]
    public void A_row_outside_the_groups_is_refused_naming_the_row()
    {
        var error = Assert.Throws<ArgumentException>(() => Centroids.Of(Space, [0, 0, 2, 1], 2));

        Assert.Contains("Row 2 is in group 2", error.Message, StringComparison.Ordinal);
    }
}
