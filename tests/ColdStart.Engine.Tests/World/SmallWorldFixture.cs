using ColdStart.Engine.World;

namespace ColdStart.Engine.Tests.World;

/// <summary>One small sample world (1,500 items, 3,000 users, 40,000 events) shared by the distribution tests.</summary>
public sealed class SmallWorldFixture
{
    public static SampleWorldOptions Options { get; } = new(Seed: 7, Items: 1500, Users: 3000, TargetEvents: 40000);

    public SampleWorldResult World { get; } = SampleWorld.Generate(Options);

    /// <summary>Item events (view, cart, purchase) per item.</summary>
    public int[] ItemEventCounts => _counts ??= CountItemEvents();

    private int[]? _counts;

    private int[] CountItemEvents()
    {
        var counts = new int[World.Dataset.Items.Count];
        foreach (var e in World.Dataset.Events)
            if (e.Item >= 0) counts[e.Item]++;
        return counts;
    }
}

[CollectionDefinition(Name)]
public sealed class SmallWorldCollection : ICollectionFixture<SmallWorldFixture>
{
    public const string Name = "Small sample world";
}
