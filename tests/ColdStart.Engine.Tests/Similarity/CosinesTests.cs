using ColdStart.Engine.Scoring;
using ColdStart.Engine.Similarity;

namespace ColdStart.Engine.Tests.Similarity;

public sealed class CosinesTests
{
    private const float Tolerance = 1e-6f;

    [Fact]
    public void Cosine_of_two_vectors_is_their_dot_over_their_lengths()
    {
        Assert.Equal(24f / 25f, Cosines.Of([3, 4], [4, 3]), Tolerance);
        Assert.Equal(-1f, Cosines.Of([1, 2], [-2, -4]), Tolerance);
        Assert.Equal(0f, Cosines.Of([1, 0], [0, 5]), Tolerance);
    }

    [Fact]
    public void A_zero_vector_has_cosine_zero_with_everything()
    {
        Assert.Equal(0f, Cosines.Of([0, 0], [1, 1]));
        Assert.Equal(0f, Cosines.Of([0, 0], [0, 0]));
    }

    [Fact]
    public void Vectors_of_different_lengths_are_refused_naming_both()
    {
        var error = Assert.Throws<ArgumentException>(() => Cosines.Of([1, 0], [1, 0, 0]));

        Assert.Contains("(2 and 3)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_of_a_space_and_a_query_to_every_row_use_the_same_cosine()
    {
        var space = VectorSpace.Create([3, 4, 4, 3, 0, 0], 2);

        Assert.Equal(24f / 25f, space.Cosine(0, 1), Tolerance);
        Assert.Equal(0f, space.Cosine(0, 2));
        Assert.Equal([Cosines.Of([1, 0], [3, 4]), Cosines.Of([1, 0], [4, 3]), 0f], Cosines.ToRows([1, 0], space));
        Assert.Equal([0f, 0f, 0f], Cosines.ToRows([0, 0], space));
    }

    [Fact]
    public void A_query_of_the_wrong_dimension_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Cosines.ToRows([1, 0, 0], VectorSpace.Create([1, 0], 2)));

        Assert.Contains("3 components", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalising_scales_to_unit_length_and_keeps_a_zero_vector_zero()
    {
        var unit = new float[2];

        Assert.Equal(5f, VectorSpace.Normalise([3, 4], unit), Tolerance);
        Assert.Equal([0.6f, 0.8f], unit);
        Assert.Equal(0f, VectorSpace.Normalise([0, 0], unit));
        Assert.Equal([0f, 0f], unit);
    }
}
