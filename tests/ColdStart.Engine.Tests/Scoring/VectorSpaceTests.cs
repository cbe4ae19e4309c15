using ColdStart.Engine.Scoring;

namespace ColdStart.Engine.Tests.Scoring;

public sealed class VectorSpaceTests
{
    [Fact]
    public void Replacing_rows_updates_the_moments_like_a_full_recomputation()
    {
        const int dimension = 8, count = 200;
        var random = new Random(3);
        var rows = Values(random, count * dimension, offset: 0.5);
        var space = VectorSpace.Create(rows, dimension);
        var current = (float[])rows.Clone();
        for (int edit = 0; edit < 25; edit++)
        {
            int index = random.Next(count);
            var row = Values(random, dimension, offset: 2);
            space = space.WithRow(index, row);
            row.CopyTo(current.AsSpan(index * dimension, dimension));
        }
        var recomputed = VectorSpace.Create(current, dimension);
        var query = Values(random, dimension, offset: 0);

        var (mean, sd) = space.Moments(query);
        var (expectedMean, expectedSd) = recomputed.Moments(query);

        Assert.Equal(expectedMean, mean, 1e-9);
        Assert.Equal(expectedSd, sd, 1e-9);
        Assert.Equal(current, space.Rows);
    }

    [Fact]
    public void Replacing_a_row_leaves_the_original_space_unchanged()
    {
        var rows = new float[] { 1, 0, 0, 1, 1, 1 };
        var space = VectorSpace.Create(rows, 2);

        var edited = space.WithRow(1, [5, 5]);

        Assert.Equal([0f, 1f], space.Row(1).ToArray());
        Assert.Equal([5f, 5f], edited.Row(1).ToArray());
        Assert.Throws<ArgumentOutOfRangeException>(() => space.WithRow(3, [1, 1]));
    }

    private static float[] Values(Random random, int count, double offset)
    {
        var values = new float[count];
        for (int i = 0; i < count; i++) values[i] = (float)(random.NextDouble() * 2 - 1 + offset);
        return values;
    }
}
