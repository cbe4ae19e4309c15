using ColdStart.Engine.Domain;

namespace ColdStart.Engine.Tests.Evaluation;

/// <summary>
/// A tiny planted world for split tests. User 0 has a hand-written timeline; users 1–14 each have six item events
/// (view, purchase alternating); user 15 has one positive item only and user 16 only views (both ineligible).
/// Item 20 is only ever viewed.
/// </summary>
internal static class SplitWorld
{
    public const int ItemCount = 21;
    public const int UserCount = 17;
    public const int OnePositiveUser = 15;
    public const int ViewsOnlyUser = 16;
    public const int ViewedOnlyItem = 20;

    /// <summary>User 0's timeline, deliberately listed out of time order.</summary>
    public static readonly Event[] UserZero =
    [
        new(0, 6, EventType.Purchase, 90),
        new(0, -1, EventType.Search, 10, "tent"),
        new(0, 5, EventType.View, 20),
        new(0, 5, EventType.Purchase, 30),
        new(0, 6, EventType.View, 40),
        new(0, -1, EventType.Search, 50, "stove"),
        new(0, 7, EventType.Cart, 60),
        new(0, 8, EventType.Purchase, 70),
        new(0, 9, EventType.View, 80),
    ];

    public static Dataset Create(bool sortEvents = true)
    {
        var events = new List<Event>(UserZero);
        for (var u = 1; u < 15; u++)
        {
            for (var j = 0; j < 6; j++)
                events.Add(new Event(u, (u + (3 * j)) % 20, j % 2 == 0 ? EventType.View : EventType.Purchase, 1000 + (u * 10) + j));
        }

        events.Add(new Event(OnePositiveUser, 1, EventType.Purchase, 2000));
        events.Add(new Event(OnePositiveUser, 1, EventType.Cart, 2001));
        events.Add(new Event(OnePositiveUser, 2, EventType.View, 2002));
        events.Add(new Event(ViewsOnlyUser, ViewedOnlyItem, EventType.View, 2100));
        events.Add(new Event(ViewsOnlyUser, 3, EventType.View, 2101));
        if (sortEvents) events = events.OrderBy(e => e.Timestamp).ToList();

        var items = Enumerable.Range(0, ItemCount)
            .Select(i => new Item($"I{i}", $"Item {i}", "", "D", "T", "D > T", "", 1f, new DateOnly(2024, 1, 1), []))
            .ToArray();
        var users = Enumerable.Range(0, UserCount)
            .Select(u => new User($"U{u}", new Dictionary<string, string>()))
            .ToArray();
        return new Dataset("split-world", items, users, events);
    }
}
