using ColdStart.Engine.World;

namespace ColdStart.Data.Seeding;

/// <summary>Size and seed of the sample world the first run generates, bound from the "SampleWorld" section.</summary>
public sealed class SampleWorldSettings
{
    public const string SectionName = "SampleWorld";

    /// <summary>Random seed; the same seed gives the same world. Default 42.</summary>
    public int Seed { get; set; } = 42;

    /// <summary>Catalog size. Default 5,000.</summary>
    public int Items { get; set; } = 5000;

    /// <summary>Historical shoppers. Default 20,000.</summary>
    public int Users { get; set; } = 20000;

    /// <summary>Approximate number of events. Default 320,000.</summary>
    public int TargetEvents { get; set; } = 320000;

    /// <summary>Days of history. Default 120.</summary>
    public int Days { get; set; } = 120;

    /// <summary>Share of items launched recently with no events. Default 0.05.</summary>
    public double NewItemShare { get; set; } = 0.05;

    public SampleWorldOptions ToOptions() => new(Seed, Items, Users, TargetEvents, Days, NewItemShare);
}
