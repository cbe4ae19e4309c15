using ColdStart.Engine.Domain;

namespace ColdStart.Engine.World;

/// <summary>The generated catalog with the hidden per-item facts the event simulation needs.</summary>
internal sealed class WorldCatalog
{
    public required Item[] Items { get; init; }

    /// <summary>Type index (into <see cref="SampleCatalog.Types"/>) per item.</summary>
    public required int[] TypeOf { get; init; }

    /// <summary>Brand index within the item's department.</summary>
    public required int[] BrandOf { get; init; }

    /// <summary>Launch day relative to <see cref="SampleWorld.WindowStart"/> (negative: before the window).</summary>
    public required int[] LaunchDay { get; init; }

    /// <summary>Zipf weight of the item within its type; 0 for new items, which never get events.</summary>
    public required double[] Popularity { get; init; }

    /// <summary>Items of each type, most popular first; the first is always launched before the window.</summary>
    public required int[][] TypeItems { get; init; }

    /// <summary>Items that may receive events (all but the new ones), ascending.</summary>
    public required int[] ActiveItems { get; init; }
}
