using ColdStart.Engine.Evaluation;

namespace ColdStart.Engine.Tests.Evaluation;

public class BootstrapIntervalTests
{
    private static float[] Alternating(float low, float high, int count)
    {
        var values = new float[count];
        for (var i = 0; i < count; i++) values[i] = i % 2 == 0 ? low : high;
        return values;
    }

    [Fact]
    public void Constant_values_give_a_zero_width_interval_at_the_value()
    {
        var interval = BootstrapInterval.Compute(Enumerable.Repeat(0.25f, 50).ToArray());
        Assert.Equal(0.25, interval.Mean, 1e-12);
        Assert.Equal(0.25, interval.Lower, 1e-12);
        Assert.Equal(0.25, interval.Upper, 1e-12);
    }

    [Fact]
    public void More_variable_values_give_a_wider_interval()
    {
        // Both have mean 0.5; standard deviations 0.5 and 0.1.
        var wide = BootstrapInterval.Compute(Alternating(0f, 1f, 200));
        var narrow = BootstrapInterval.Compute(Alternating(0.4f, 0.6f, 200));
        Assert.True(wide.Width > 3 * narrow.Width, $"wide {wide.Width}, narrow {narrow.Width}");
    }

    [Fact]
    public void Width_matches_the_normal_approximation()
    {
        // 0/1 values, n = 200: standard error = 0.5 / √200 = 0.0354; a 95% interval is about 2 × 1.96 × 0.0354 = 0.139 wide.
        var interval = BootstrapInterval.Compute(Alternating(0f, 1f, 200));
        Assert.InRange(interval.Width, 0.11, 0.17);
    }

    [Fact]
    public void Interval_contains_the_mean()
    {
        float[] values = [0.1f, 0.9f, 0.3f, 0f, 1f, 0.45f, 0.2f, 0.7f, 0.05f, 0.6f];
        var interval = BootstrapInterval.Compute(values);
        Assert.Equal(values.Average(v => (double)v), interval.Mean, 1e-6);
        Assert.InRange(interval.Mean, interval.Lower, interval.Upper);
    }

    [Fact]
    public void Same_seed_gives_the_same_interval_and_another_seed_differs()
    {
        float[] values = [0.1f, 0.9f, 0.3f, 0f, 1f, 0.45f, 0.2f, 0.7f, 0.05f, 0.6f];
        Assert.Equal(BootstrapInterval.Compute(values, seed: 7), BootstrapInterval.Compute(values, seed: 7));
        Assert.NotEqual(BootstrapInterval.Compute(values, seed: 7), BootstrapInterval.Compute(values, seed: 8));
    }

    [Fact]
    public void Lower_confidence_gives_a_narrower_interval()
    {
        var values = Alternating(0f, 1f, 100);
        Assert.True(BootstrapInterval.Compute(values, confidence: 0.5).Width < BootstrapInterval.Compute(values, confidence: 0.95).Width);
    }

    [Fact]
    public void Bad_arguments_are_rejected_with_the_parameter_named()
    {
        Assert.Equal("perUserValues", Assert.Throws<ArgumentException>(() => BootstrapInterval.Compute([])).ParamName);
        Assert.Equal("confidence", Assert.Throws<ArgumentOutOfRangeException>(() => BootstrapInterval.Compute([1f], confidence: 1)).ParamName);
        Assert.Equal("perUserValues", Assert.Throws<ArgumentException>(() => BootstrapInterval.Compute([1f, float.NaN])).ParamName);
    }
}
