using ColdStart.Engine.World;

namespace ColdStart.Engine.Tests.World;

public sealed class SampleWorldOptionsTests
{
    [Fact]
    public void Defaults_match_the_issue_sizes()
    {
        var options = new SampleWorldOptions();

        Assert.Equal((42, 5000, 20000, 320000, 120, 0.05),
            (options.Seed, options.Items, options.Users, options.TargetEvents, options.Days, options.NewItemShare));
    }

    [Theory]
    [InlineData(100, 3000, 40000, 120, 0.05, "Items")]
    [InlineData(1500, 0, 40000, 120, 0.05, "Users")]
    [InlineData(1500, 3000, 2000, 120, 0.05, "TargetEvents")]
    [InlineData(1500, 3000, 40000, 20, 0.05, "Days")]
    [InlineData(1500, 3000, 40000, 120, 0.9, "NewItemShare")]
    [InlineData(1500, 3000, 40000, 120, double.NaN, "NewItemShare")]
    public void Invalid_options_throw_naming_the_field(int items, int users, int events, int days, double share, string field)
    {
        var options = new SampleWorldOptions(1, items, users, events, days, share);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SampleWorld.Generate(options));

        Assert.Equal(field, error.ParamName);
        Assert.Contains(field, error.Message, StringComparison.Ordinal);
    }
}
