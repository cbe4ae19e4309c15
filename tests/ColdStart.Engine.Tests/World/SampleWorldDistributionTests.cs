using ColdStart.Engine.Domain;
using ColdStart.Engine.World;

namespace ColdStart.Engine.Tests.World;

[Collection(SmallWorldCollection.Name)]
public sealed class SampleWorldDistributionTests(SmallWorldFixture fixture)
{
    private Dataset World => fixture.World.Dataset;

    [Fact]
    public void Every_department_and_at_least_80_product_types_are_present()
    {
        var departments = World.Items.Select(i => i.Department).Distinct().ToHashSet();

        Assert.True(departments.Count >= 12, $"{departments.Count} departments");
        Assert.Equal(SampleCatalog.Departments.Select(d => d.Name).ToHashSet(), departments);
        Assert.True(World.Items.Select(i => i.ProductType).Distinct().Count() >= 80);
    }

    [Fact]
    public void Top_tenth_of_items_holds_at_least_40_percent_of_item_events()
    {
        var counts = fixture.ItemEventCounts.OrderDescending().ToArray();

        var share = counts.Take(counts.Length / 10).Sum() / (double)counts.Sum();

        Assert.True(share >= 0.40, $"top 10% share {share:P1}");
    }

    [Fact]
    public void New_items_launch_in_the_last_ten_days_and_have_no_events()
    {
        var newSince = SampleWorld.WindowStart.AddDays(SmallWorldFixture.Options.Days - 10);
        var newItems = Enumerable.Range(0, World.Items.Count).Where(i => World.Items[i].LaunchDate >= newSince).ToList();

        Assert.Equal((int)Math.Round(World.Items.Count * SmallWorldFixture.Options.NewItemShare), newItems.Count);
        Assert.All(newItems, i => Assert.Equal(0, fixture.ItemEventCounts[i]));
        Assert.All(newItems, i => Assert.Contains("new-arrival", World.Items[i].Tags));
    }

    [Fact]
    public void No_event_precedes_its_item_launch()
    {
        foreach (var e in World.Events.Where(e => e.Item >= 0))
        {
            var day = DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(e.Timestamp).UtcDateTime);
            Assert.True(day >= World.Items[e.Item].LaunchDate, $"event on {day} for item launched {World.Items[e.Item].LaunchDate}");
        }
    }

    [Fact]
    public void Events_are_sorted_well_formed_and_span_the_window()
    {
        var events = World.Events;
        Assert.True(events.Count >= SmallWorldFixture.Options.TargetEvents);
        for (var k = 1; k < events.Count; k++) Assert.True(events[k - 1].Timestamp <= events[k].Timestamp);
        Assert.All(events, e => Assert.InRange(e.User, 0, World.Users.Count - 1));
        Assert.All(events.Where(e => e.Type == EventType.Search), e =>
        {
            Assert.Equal(-1, e.Item);
            Assert.False(string.IsNullOrWhiteSpace(e.Query));
            Assert.Equal(e.Query!.ToLowerInvariant(), e.Query);
        });
        Assert.All(events.Where(e => e.Type != EventType.Search), e =>
        {
            Assert.InRange(e.Item, 0, World.Items.Count - 1);
            Assert.Null(e.Query);
        });
        var spanDays = (events[^1].Timestamp - events[0].Timestamp) / 86400.0;
        Assert.True(spanDays >= 90, $"events span {spanDays:F1} days");
    }

    [Fact]
    public void Event_mix_has_more_views_than_carts_and_more_carts_than_purchases()
    {
        var byType = World.Events.GroupBy(e => e.Type).ToDictionary(g => g.Key, g => g.Count());

        Assert.True(byType[EventType.View] > 4 * byType[EventType.Cart]);
        Assert.True(byType[EventType.Cart] > byType[EventType.Purchase]);
        Assert.True(byType[EventType.Search] > byType[EventType.Purchase]);
    }

    [Fact]
    public void Every_purchase_follows_a_cart_of_the_same_item_by_the_same_user()
    {
        var carted = new HashSet<(int User, int Item)>();
        foreach (var e in World.Events)
        {
            if (e.Type == EventType.Cart) carted.Add((e.User, e.Item));
            if (e.Type == EventType.Purchase) Assert.Contains((e.User, e.Item), carted);
        }
    }

    [Fact]
    public void User_activity_is_heavy_tailed_and_every_user_has_events()
    {
        var perUser = new int[World.Users.Count];
        foreach (var e in World.Events) perUser[e.User]++;
        var sorted = perUser.OrderDescending().ToArray();

        Assert.True(sorted[^1] >= 1);
        Assert.True(sorted.Take(sorted.Length / 10).Sum() >= 0.3 * sorted.Sum(), "top 10% of users hold under 30% of events");
        Assert.True(sorted[0] >= 10 * sorted[sorted.Length / 2], $"max {sorted[0]} vs median {sorted[sorted.Length / 2]}");
    }

    [Fact]
    public void Each_archetype_favours_a_department_at_least_twice_its_overall_share()
    {
        var archetypes = fixture.World.UserArchetypes;
        var departments = SampleCatalog.Departments.Select(d => d.Name).ToList();
        var overall = new double[departments.Count];
        var perArchetype = new double[fixture.World.ArchetypeNames.Count, departments.Count];
        foreach (var e in World.Events.Where(e => e.Item >= 0))
        {
            var d = departments.IndexOf(World.Items[e.Item].Department);
            overall[d]++;
            perArchetype[archetypes[e.User], d]++;
        }

        for (var a = 0; a < fixture.World.ArchetypeNames.Count; a++)
        {
            var row = Enumerable.Range(0, departments.Count).Select(d => perArchetype[a, d]).ToArray();
            var favourite = Array.IndexOf(row, row.Max());
            var share = row[favourite] / row.Sum();
            var overallShare = overall[favourite] / overall.Sum();
            Assert.True(share >= 2 * overallShare,
                $"{fixture.World.ArchetypeNames[a]}: {departments[favourite]} share {share:P1} vs overall {overallShare:P1}");
        }
    }

    [Fact]
    public void Archetype_is_returned_for_every_user_and_only_there()
    {
        Assert.Equal(World.Users.Count, fixture.World.UserArchetypes.Length);
        Assert.All(fixture.World.UserArchetypes, a => Assert.InRange(a, 0, fixture.World.ArchetypeNames.Count - 1));
        Assert.True(fixture.World.ArchetypeNames.Count >= 8);
        var names = fixture.World.ArchetypeNames.Select(n => n.ToLowerInvariant()).ToList();
        Assert.All(World.Users, u => Assert.DoesNotContain(u.Attributes.Values, v => names.Contains(v.ToLowerInvariant())));
    }
}
