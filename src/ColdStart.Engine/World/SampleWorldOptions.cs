namespace ColdStart.Engine.World;

/// <summary>Size and seed of a generated sample e-commerce world.</summary>
/// <param name="Seed">Same seed and sizes give an identical world.</param>
/// <param name="Items">Catalog size (at least 2 per product type).</param>
/// <param name="Users">Number of historical users.</param>
/// <param name="TargetEvents">Sessions are generated until at least this many events exist.</param>
/// <param name="Days">Length of the event window in days, starting on <see cref="SampleWorld.WindowStart"/>.</param>
/// <param name="NewItemShare">Share of items launched in the last 10 days, with no events at all.</param>
/// <remarks>Defaults: seed 42, 5,000 items, 20,000 users, 320,000 events, 120 days, 5 % new items.</remarks>
public sealed record SampleWorldOptions(
    int Seed = 42,
    int Items = 5000,
    int Users = 20000,
    int TargetEvents = 320000,
    int Days = 120,
    double NewItemShare = 0.05)
{
    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first field that cannot give a valid world.</summary>
    public void Validate()
    {
        var minItems = 2 * SampleCatalog.Types.Count;
        if (Items < minItems || Items > 1_000_000)
            throw new ArgumentOutOfRangeException(nameof(Items), Items, $"{nameof(Items)} must be between {minItems} (2 per product type) and 1,000,000.");
        if (Users < 1 || Users > 5_000_000)
            throw new ArgumentOutOfRangeException(nameof(Users), Users, $"{nameof(Users)} must be between 1 and 5,000,000.");
        if (TargetEvents < Users || TargetEvents > 50_000_000)
            throw new ArgumentOutOfRangeException(nameof(TargetEvents), TargetEvents, $"{nameof(TargetEvents)} must be at least {nameof(Users)} ({Users}) and at most 50,000,000.");
        if (Days < 30 || Days > 3650)
            throw new ArgumentOutOfRangeException(nameof(Days), Days, $"{nameof(Days)} must be between 30 and 3650.");
        if (!(NewItemShare >= 0 && NewItemShare <= 0.5))
            throw new ArgumentOutOfRangeException(nameof(NewItemShare), NewItemShare, $"{nameof(NewItemShare)} must be between 0 and 0.5.");
    }
}
