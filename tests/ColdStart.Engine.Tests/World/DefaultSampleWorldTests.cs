using ColdStart.Engine.World;

namespace ColdStart.Engine.Tests.World;

public sealed class DefaultSampleWorldTests
{
    [Fact]
    public void Default_world_meets_the_issue_sizes()
    {
        var world = SampleWorld.Generate(new SampleWorldOptions()).Dataset;

        Assert.True(world.Items.Count >= 5000);
        Assert.True(world.Items.Select(i => i.Department).Distinct().Count() >= 12);
        Assert.True(world.Items.Select(i => i.ProductType).Distinct().Count() >= 80);
        Assert.True(world.Users.Count >= 20000);
        Assert.True(world.Events.Count >= 300000);
        Assert.True((world.Events[^1].Timestamp - world.Events[0].Timestamp) / 86400.0 >= 90);
        var newItems = world.Items.Count(i => i.LaunchDate >= SampleWorld.WindowStart.AddDays(110));
        Assert.Equal(250, newItems);
    }
}
