using ColdStart.Engine.Domain;

namespace ColdStart.Engine.World;

/// <summary>
/// Deterministic generator of the sample e-commerce world: a catalog written from word tables, users drawn from hidden
/// shopper archetypes, and sessions of searches, views, add-to-carts and purchases with a long-tailed popularity.
/// Same options give an identical <see cref="Dataset"/>: one seeded generator per phase, no clock, no hash ordering.
/// </summary>
public static partial class SampleWorld
{
    /// <summary>Days before the end of the window in which the new (event-less) items launch.</summary>
    internal const int NewItemWindowDays = 10;

    /// <summary>First day of the event window (UTC); the window is <see cref="SampleWorldOptions.Days"/> long.</summary>
    public static DateOnly WindowStart { get; } = new(2026, 1, 1);

    /// <summary>Unix seconds of <see cref="WindowStart"/> at midnight UTC.</summary>
    internal static long WindowStartSeconds { get; } =
        new DateTimeOffset(WindowStart.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeSeconds();

    /// <summary>Generates the world described by <paramref name="options"/>.</summary>
    /// <param name="options">Seed and sizes; validated first (an invalid field throws <see cref="ArgumentOutOfRangeException"/>).</param>
    /// <param name="progress">Receives one line per phase.</param>
    public static SampleWorldResult Generate(SampleWorldOptions options, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        progress?.Report($"Sample world: writing {options.Items:N0} catalog items");
        var catalog = BuildCatalog(options, new WorldRandom(options.Seed, stream: 1));

        progress?.Report($"Sample world: drawing {options.Users:N0} shoppers");
        var population = BuildPopulation(options, new WorldRandom(options.Seed, stream: 2));

        progress?.Report($"Sample world: simulating about {options.TargetEvents:N0} events over {options.Days} days");
        var events = new ShoppingSessions(options, catalog, population, new WorldRandom(options.Seed, stream: 3)).Run();

        progress?.Report($"Sample world: {catalog.Items.Length:N0} items, {population.Users.Length:N0} users, {events.Length:N0} events");
        var names = new string[ShopperArchetypes.All.Count];
        for (var i = 0; i < names.Length; i++) names[i] = ShopperArchetypes.All[i].Name;
        return new SampleWorldResult(new Dataset("sample", catalog.Items, population.Users, events), population.Archetypes, names);
    }
}
