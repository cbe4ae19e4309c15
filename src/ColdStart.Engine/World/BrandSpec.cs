namespace ColdStart.Engine.World;

/// <summary>A brand of one department of the sample catalog.</summary>
internal sealed record BrandSpec(string Name, BrandTier Tier)
{
    /// <summary>Price multiplier of the tier relative to the product type's base price.</summary>
    public double PriceFactor => Tier switch
    {
        BrandTier.Premium => 1.7,
        BrandTier.Budget => 0.6,
        _ => 1.0,
    };
}
