using ColdStart.Engine.Collaborative;
using ColdStart.Engine.Domain;
using static ColdStart.Engine.Tests.Collaborative.TinyDataset;

namespace ColdStart.Engine.Tests.Collaborative;

public sealed class PopularityModelTests
{
    [Fact]
    public void A_recent_event_counts_more_than_an_old_one_halving_every_half_life()
    {
        var data = Of(
            [Item(0), Item(1), Item(2)],
            [User(0)],
            new Event(0, 0, EventType.View, Now),
            new Event(0, 1, EventType.View, Now - 28 * Day),
            new Event(0, 2, EventType.Purchase, Now - 14 * Day));

        var model = PopularityModel.Build(data, new EventWeights(), halfLifeDays: 14f);

        Assert.Equal(1f, model.Popularity[0], 1e-5f);
        Assert.Equal(0.25f, model.Popularity[1], 1e-5f);
        Assert.Equal(5f, model.Popularity[2], 1e-5f);
    }

    [Fact]
    public void Searches_and_out_of_range_events_add_no_popularity()
    {
        var data = Of(
            [Item(0), Item(1)],
            [User(0)],
            new Event(0, -1, EventType.Search, Now, "lamp"),
            new Event(0, 7, EventType.View, Now),
            new Event(3, 1, EventType.View, Now));

        var model = PopularityModel.Build(data, new EventWeights());

        Assert.Equal([0f, 0f], model.Popularity);
    }

    [Fact]
    public void Freshness_is_1_at_launch_and_halves_every_freshness_half_life()
    {
        var data = Of(
            [Item(0, Today), Item(1, Today.AddDays(-30)), Item(2, Today.AddDays(-60)), Item(3, Today.AddDays(10))],
            [User(0)],
            new Event(0, 0, EventType.View, Now));

        var model = PopularityModel.Build(data, new EventWeights(), freshnessHalfLifeDays: 30f);

        Assert.Equal([1f, 0.5f, 0.25f, 1f], model.Freshness);
    }

    [Fact]
    public void Segment_popularity_differs_between_segments_and_averages_matched_attributes()
    {
        var users = new[]
        {
            User(0, ("gender", "female"), ("device", "app")), User(1, ("gender", "female"), ("device", "app")), User(2, ("gender", "female"), ("device", "app")),
            User(3, ("gender", "male"), ("device", "app")), User(4, ("gender", "male"), ("device", "app")), User(5, ("gender", "male"), ("device", "app")),
        };
        var events = new List<Event>();
        for (int u = 0; u < 3; u++)
        {
            events.Add(new Event(u, 0, EventType.View, Now));
            events.Add(new Event(u + 3, 1, EventType.View, Now));
            events.Add(new Event(u + 3, 1, EventType.View, Now));
        }

        var model = PopularityModel.Build(Of([Item(0), Item(1)], users, [.. events]), new EventWeights());

        Assert.Equal([1f, 0f], model.SegmentPopularity(new Dictionary<string, string> { ["gender"] = "female" }));
        Assert.Equal([0f, 1f], model.SegmentPopularity(new Dictionary<string, string> { ["gender"] = "male" }));
        Assert.Equal([0.75f, 0.5f], model.SegmentPopularity(new Dictionary<string, string> { ["gender"] = "Female", ["device"] = "app" }));
        Assert.Equal(["device=app", "gender=female", "gender=male"], model.Segments);
    }

    [Fact]
    public void Segment_popularity_falls_back_to_normalised_global_popularity_for_unknown_attributes()
    {
        var users = Enumerable.Range(0, 3).Select(u => User(u, ("region", "north"))).ToArray();
        var data = Of([Item(0), Item(1)], users, new Event(0, 0, EventType.View, Now), new Event(1, 1, EventType.Cart, Now));

        var model = PopularityModel.Build(data, new EventWeights());

        Assert.Equal([0.25f, 1f], model.SegmentPopularity(new Dictionary<string, string> { ["region"] = "islands" }));
        Assert.Equal([0.25f, 1f], model.SegmentPopularity(new Dictionary<string, string>()));
    }

    [Theory]
    [InlineData(0f, 30f, "halfLifeDays")]
    [InlineData(14f, float.NaN, "freshnessHalfLifeDays")]
    public void Half_lives_must_be_positive(float halfLife, float freshnessHalfLife, string name)
    {
        var data = Of([Item(0)], [User(0)], new Event(0, 0, EventType.View, Now));

        var error = Assert.Throws<ArgumentException>(() => PopularityModel.Build(data, new EventWeights(), halfLife, freshnessHalfLife));

        Assert.Equal(name, error.ParamName);
    }
}
