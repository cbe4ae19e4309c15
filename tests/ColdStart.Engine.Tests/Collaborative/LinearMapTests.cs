using ColdStart.Engine.Collaborative;

namespace ColdStart.Engine.Tests.Collaborative;

public sealed class LinearMapTests
{
    [Fact]
    public void Fit_recovers_a_known_linear_function()
    {
        // y0 = 2·x0 − x1 + 0.5·x2 + 3,  y1 = −x0 + 4·x2 − 1
        var random = new Random(31);
        const int rows = 200;
        var x = new float[rows * 3];
        var y = new float[rows * 2];
        for (int r = 0; r < rows; r++)
        {
            float x0 = random.NextSingle(), x1 = random.NextSingle(), x2 = random.NextSingle();
            (x[r * 3], x[r * 3 + 1], x[r * 3 + 2]) = (x0, x1, x2);
            (y[r * 2], y[r * 2 + 1]) = (2 * x0 - x1 + 0.5f * x2 + 3, -x0 + 4 * x2 - 1);
        }

        var map = LinearMap.Fit(x, rows, 3, y, 2, lambda: 1e-4f);

        Assert.Equal((3, 2), (map.InDim, map.OutDim));
        var predicted = map.Apply([1f, 2f, -1f]);
        Assert.Equal(2 - 2 - 0.5f + 3, predicted[0], 0.01f);
        Assert.Equal(-1 - 4 - 1, predicted[1], 0.01f);
    }

    [Fact]
    public void A_large_penalty_shrinks_towards_the_mean_and_keeps_the_bias_unpenalised()
    {
        float[] x = [0, 1, 2, 3];
        float[] y = [10, 12, 14, 16];

        var map = LinearMap.Fit(x, 4, 1, y, 1, lambda: 1e9f);

        Assert.Equal(13f, map.Apply([0f])[0], 0.01f);
        Assert.Equal(13f, map.Apply([3f])[0], 0.01f);
    }

    [Fact]
    public void Zero_inputs_fit_the_mean()
    {
        var map = LinearMap.Fit([], 2, 0, [1f, 4f, 3f, 8f], 2, lambda: 1f);

        Assert.Equal([2f, 6f], map.Apply([]));
    }

    [Fact]
    public void Apply_into_a_span_matches_apply()
    {
        var map = LinearMap.Fit([0, 1, 1, 0, 1, 1], 3, 2, [1, 2, 3], 1, lambda: 0.1f);
        Span<float> into = stackalloc float[1];

        map.Apply([0.5f, 0.25f], into);

        Assert.Equal(map.Apply([0.5f, 0.25f])[0], into[0]);
        Assert.Throws<ArgumentException>(() => map.Apply([1f]));
    }

    [Fact]
    public void Bad_input_is_rejected_naming_it()
    {
        Assert.Equal("x", Assert.Throws<ArgumentException>(() => LinearMap.Fit([1, 2, 3], 2, 2, [1, 2], 1, 1f)).ParamName);
        Assert.Equal("y", Assert.Throws<ArgumentException>(() => LinearMap.Fit([1, 2], 2, 1, [1], 1, 1f)).ParamName);
        Assert.Equal("lambda", Assert.Throws<ArgumentException>(() => LinearMap.Fit([1, 2], 2, 1, [1, 2], 1, 0f)).ParamName);
        var nan = Assert.Throws<ArgumentException>(() => LinearMap.Fit([1, float.NaN], 2, 1, [1, 2], 1, 1f));
        Assert.Contains("x[1] (row 1, column 0) is NaN", nan.Message, StringComparison.Ordinal);
    }
}
