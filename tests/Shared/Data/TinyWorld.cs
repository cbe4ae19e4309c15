using ColdStart.Engine.Domain;

namespace ColdStart.Tests.Shared;

/// <summary>A hand-made world small enough to count by hand: 5 items in 3 departments, 3 users, 10 events.</summary>
public static class TinyWorld
{
    /// <summary>2026-01-01T00:00:00Z.</summary>
    public const long Start = 1_767_225_600;
    public const long Day = 86_400;

    public static Dataset Create(string name = "tiny")
    {
        Item[] items =
        [
            new("SKU-1", "Trail tent", "A light two-person tent.", "Outdoor", "Tent", "Outdoor > Camping > Tent", "Alpina", 199.5f, new DateOnly(2025, 3, 1), ["camping", "lightweight"]),
            new("SKU-2", "Camp stove", "A compact gas stove.", "Outdoor", "Stove", "Outdoor > Camping > Stove", "Alpina", 49f, new DateOnly(2025, 4, 1), ["camping", "cooking"]),
            new("SKU-3", "Linen shirt", "A breathable summer shirt.", "Fashion", "Shirt", "Fashion > Men > Shirt", "Nordwear", 39.9f, new DateOnly(2025, 5, 1), ["summer", "linen", "men"]),
            new("SKU-4", "Espresso maker", "A stovetop espresso pot.", "Kitchen", "Coffee maker", "Kitchen > Coffee > Moka pot", "Brava", 29f, new DateOnly(2025, 6, 1), ["coffee"]),
            new("SKU-5", "Ultralight tent", "Just launched, nobody has seen it.", "Outdoor", "Tent", "Outdoor > Camping > Tent", "Alpina", 349f, new DateOnly(2026, 1, 9), ["camping", "new"]),
        ];
        User[] users =
        [
            new("U-1", new Dictionary<string, string> { [UserAttributes.AgeBand] = "25-34", [UserAttributes.Device] = "mobile" }),
            new("U-2", new Dictionary<string, string> { [UserAttributes.AgeBand] = "45-54", [UserAttributes.Region] = "north" }),
            new("U-3", new Dictionary<string, string>()),
        ];
        Event[] events =
        [
            new(0, -1, EventType.Search, Start, "tent for two"),
            new(0, 0, EventType.View, Start + 60),
            new(0, 0, EventType.Cart, Start + 120),
            new(0, 0, EventType.Purchase, Start + 180),
            new(1, 1, EventType.View, Start + Day),
            new(1, 2, EventType.View, Start + Day),
            new(1, -1, EventType.Search, Start + Day + 30, "linen shirt"),
            new(2, 3, EventType.View, Start + 2 * Day),
            new(2, 3, EventType.Purchase, Start + 2 * Day + 300),
            new(2, 0, EventType.View, Start + 7 * Day),
        ];
        return new Dataset(name, items, users, events);
    }
}
