using ColdStart.Engine.Collaborative;
using ColdStart.Engine.Domain;
using static ColdStart.Engine.Tests.Collaborative.TinyDataset;

namespace ColdStart.Engine.Tests.Collaborative;

public sealed class PopularityModelOnlineTests
{
    private static readonly User[] Users =
    [
        User(0, ("device", "app")), User(1, ("device", "app")), User(2, ("device", "app")),
        User(3, ("device", "web")), User(4, ("device", "web")), User(5, ("device", "web")),
    ];

    private static readonly Item[] Items =
        [Item(0), Item(1, Today.AddDays(-30)), Item(2, PopularityModel.UnknownLaunch), Item(3, PopularityModel.UnknownLaunch)];

    private static readonly Event[] Built =
    [
        new(0, 0, EventType.Purchase, Now - 20 * Day), new(1, 0, EventType.View, Now - 3 * Day), new(3, 1, EventType.Cart, Now - 7 * Day),
        new(4, 2, EventType.View, Now - 40 * Day), new(5, 1, EventType.View, Now),
    ];

    // Later than the built model's now (the clock moves 10 days), one earlier than it, and item 3's first event.
    private static readonly Event[] Online =
    [
        new(0, 1, EventType.Purchase, Now + 10 * Day), new(3, 0, EventType.View, Now - 2 * Day), new(1, 3, EventType.Cart, Now + 4 * Day),
        new(2, 0, EventType.Search, Now + Day, "lamp"),
    ];

    [Fact]
    public void Online_events_change_the_priors_exactly_as_a_rebuild_with_them_would()
    {
        var weights = new EventWeights();
        var built = PopularityModel.Build(Of(Items, Users, Built), weights, halfLifeDays: 14f, freshnessHalfLifeDays: 30f);
        var rebuilt = PopularityModel.Build(Of(Items, Users, [.. Built, .. Online]), weights, halfLifeDays: 14f, freshnessHalfLifeDays: 30f);

        var online = built.WithEvents([.. Online.Select(e => new OnlineEvent(e.Item, e.Type, e.Timestamp, Users[e.User].Attributes))]);

        Assert.Equal(Now + 10 * Day, online.Now);
        Assert.Equal(rebuilt.Now, online.Now);
        for (int i = 0; i < Items.Length; i++)
        {
            Assert.Equal(rebuilt.Popularity[i], online.Popularity[i], 1e-4f);
            Assert.Equal(rebuilt.Freshness[i], online.Freshness[i], 1e-6f);
        }
        Assert.True(online.Popularity[3] > 0 && built.Popularity[3] == 0, "the new item's first event counts at once");
        Assert.True(online.Freshness[0] < built.Freshness[0], "the clock moved on, so every dated item is older");
        foreach (var device in new[] { "app", "web" })
        {
            var attributes = new Dictionary<string, string> { ["device"] = device };
            Assert.Equal(rebuilt.SegmentPopularity(attributes), online.SegmentPopularity(attributes), (a, b) => Math.Abs(a - b) < 1e-4f);
        }
        Assert.Same(built, built.WithEvents([]));
        Assert.Throws<ArgumentOutOfRangeException>(() => built.WithEvents([new OnlineEvent(9, EventType.View, Now, Users[0].Attributes)]));
    }
}
