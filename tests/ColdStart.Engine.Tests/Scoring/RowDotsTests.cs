using System.Numerics.Tensors;
using ColdStart.Engine.Scoring;

namespace ColdStart.Engine.Tests.Scoring;

public sealed class RowDotsTests
{
    [Theory]
    [InlineData(64, 300)]
    [InlineData(32, 17)]
    [InlineData(50, 5)]
    public void Block_dots_equal_row_by_row_dots(int dimension, int rows)
    {
        var random = new Random(7);
        var block = Values(random, rows * dimension);
        var query = Values(random, dimension);
        var scores = Values(random, rows);
        var expected = (float[])scores.Clone();
        for (int j = 0; j < rows; j++) expected[j] += TensorPrimitives.Dot(block.AsSpan(j * dimension, dimension), query);

        RowDots.Add(block, query, scores);

        for (int j = 0; j < rows; j++) Assert.Equal(expected[j], scores[j], 1e-4f);
    }

    [Theory]
    [InlineData(64, 64, 257)]
    [InlineData(64, 32, 40)]
    public void Two_spaces_in_one_pass_equal_the_sum_of_both_dots(int da, int db, int rows)
    {
        var random = new Random(11);
        var a = Values(random, rows * da);
        var b = Values(random, rows * db);
        var qa = Values(random, da);
        var qb = Values(random, db);
        var scores = new float[rows];

        RowDots.Add(a, qa, b, qb, scores);

        for (int j = 0; j < rows; j++)
        {
            float expected = TensorPrimitives.Dot(a.AsSpan(j * da, da), qa) + TensorPrimitives.Dot(b.AsSpan(j * db, db), qb);
            Assert.Equal(expected, scores[j], 1e-4f);
        }
    }

    [Fact]
    public void A_row_block_shorter_than_the_scores_is_rejected()
    {
        var query = new float[64];
        Assert.Throws<ArgumentException>(() => RowDots.Add(new float[64 * 2], query, new float[3]));
    }

    private static float[] Values(Random random, int count)
    {
        var values = new float[count];
        for (int i = 0; i < count; i++) values[i] = (float)(random.NextDouble() * 2 - 1);
        return values;
    }
}
