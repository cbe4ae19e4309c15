namespace ColdStart.Engine.World;

/// <summary>Market position of a brand; shifts prices and draws different shoppers.</summary>
internal enum BrandTier
{
    Budget = 0,
    Mid = 1,
    Premium = 2,
}
