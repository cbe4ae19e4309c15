using ColdStart.Engine.Domain;
using ColdStart.Engine.World;

namespace ColdStart.Engine.Simulation;

/// <summary>
/// Visitors of the sample world, by hidden archetype (simulation only; no scoring code reads archetypes). An item's
/// appeal to an archetype follows the world's own shopping rules — department affinity, ×3 for the archetype's focus
/// types, (price / type's base price)^(−price sensitivity), ×1.5 for its preferred brand tier — times a hidden item
/// quality (log-normal, σ = 0.5, seeded per item) that history does not reveal: new items are as good on average as
/// established ones, and only showing them finds out which. Attractiveness = max × appeal / (appeal + h), where h is the
/// archetype's 90th-percentile appeal over the catalog; the purchase chance is the purchase rate × the same ratio.
/// Items outside the sample catalog's product types get only the noise.
/// </summary>
public sealed class ArchetypeClickModel : ClickModel
{
    private const double FocusBoost = 3.0;
    private const double PreferredTierBoost = 1.5;
    private const double QualitySigma = 0.5;
    private readonly float[] _ratio;
    private readonly int _items;

    /// <param name="items">The catalog, in index order.</param>
    /// <param name="qualitySeed">Seed of the hidden item qualities.</param>
    /// <param name="options">Position bias and noise; null for the defaults.</param>
    public ArchetypeClickModel(IReadOnlyList<Item> items, int qualitySeed = 1, ClickModelOptions? options = null)
        : base(options)
    {
        ArgumentNullException.ThrowIfNull(items);
        _items = items.Count;
        var archetypes = ShopperArchetypes.All;
        _ratio = new float[archetypes.Count * _items];
        var appeal = new double[_items];
        for (int a = 0; a < archetypes.Count; a++)
        {
            for (int i = 0; i < _items; i++) appeal[i] = Appeal(archetypes[a], items[i], Quality(qualitySeed, i));
            var sorted = (double[])appeal.Clone();
            Array.Sort(sorted);
            double half = Math.Max(1e-9, sorted.Length == 0 ? 1 : sorted[(int)(0.9 * (sorted.Length - 1))]);
            for (int i = 0; i < _items; i++) _ratio[a * _items + i] = (float)(appeal[i] / (appeal[i] + half));
        }
    }

    /// <summary>Names of the archetypes, by index.</summary>
    public static IReadOnlyList<string> ArchetypeNames { get; } = ShopperArchetypes.All.Select(a => a.Name).ToArray();

    /// <inheritdoc/>
    public override double Attractiveness(SimulatedVisitor visitor, int item) => Options.MaxAttractiveness * Ratio(visitor, item);

    /// <inheritdoc/>
    public override double PurchaseChance(SimulatedVisitor visitor, int item) => Options.PurchaseRate * Ratio(visitor, item);

    private double Ratio(SimulatedVisitor visitor, int item)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        if ((uint)visitor.Archetype >= (uint)ShopperArchetypes.All.Count)
            throw new ArgumentException($"Visitor {visitor.Id} has no archetype; use the replay click model.", nameof(visitor));
        return _ratio[visitor.Archetype * _items + item];
    }

    private static double Appeal(ShopperArchetype archetype, Item item, double quality)
    {
        if (SampleCatalog.FindType(item.ProductType) is not var (department, type)) return 0;
        int d = IndexOf(department);
        double appeal = archetype.DepartmentAffinity[d] * quality;
        if (Array.IndexOf(archetype.FocusTypes, type.Name) >= 0) appeal *= FocusBoost;
        if (item.Price > 0) appeal *= Math.Pow(item.Price / type.BasePrice, -archetype.PriceSensitivity);
        var brand = Array.Find(department.Brands, b => string.Equals(b.Name, item.Brand, StringComparison.Ordinal));
        if (brand is not null && brand.Tier == archetype.PreferredTier) appeal *= PreferredTierBoost;
        return appeal;
    }

    private static int IndexOf(DepartmentSpec department)
    {
        var all = SampleCatalog.Departments;
        for (int d = 0; d < all.Count; d++)
            if (ReferenceEquals(all[d], department)) return d;
        return 0;
    }

    private static double Quality(int seed, int item) => Math.Exp(QualitySigma * new WorldRandom(seed, stream: 1000 + (ulong)item).NextGaussian());
}
