using ColdStart.Engine.Domain;

namespace ColdStart.Engine.Tests.Collaborative;

/// <summary>Builds small hand-made datasets with known answers.</summary>
internal static class TinyDataset
{
    public const long Day = 86_400;

    /// <summary>2024-06-30 00:00 UTC, used as "now" (the last event's time).</summary>
    public static readonly long Now = new DateTimeOffset(2024, 6, 30, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();

    public static readonly DateOnly Today = new(2024, 6, 30);

    public static Item Item(int index, DateOnly? launch = null) =>
        new($"SKU-{index}", $"Item {index}", "A thing.", "Home", "Lamp", "Home > Lamp", "Brand", 10f, launch ?? Today.AddDays(-365), ["tag"]);

    public static User User(int index, params (string Name, string Value)[] attributes) =>
        new($"U{index}", attributes.ToDictionary(a => a.Name, a => a.Value));

    public static Dataset Of(IReadOnlyList<Item> items, IReadOnlyList<User> users, params Event[] events) =>
        new("tiny", items, users, [.. events.OrderBy(e => e.Timestamp)]);
}
