namespace ColdStart.Engine.Scoring;

/// <summary>How exploration slots are drawn.</summary>
/// <param name="PriorClickThrough">Prior mean click-through of the best-predicted new item of a list.</param>
/// <param name="PriorStrength">Pseudo-impressions of the prior: how many real impressions it takes to outweigh it.</param>
/// <param name="Pool">Only the new items with the best content-predicted scores for the profile compete (the rest are far off).</param>
/// <remarks>
/// Defaults: prior click-through 0.05, strength 20, pool 50. An item s standard deviations below the best candidate's
/// predicted score gets the prior mean 0.05·e^(−s): the content model decides where exploration starts, clicks where it goes.
/// </remarks>
public sealed record ExplorationOptions(double PriorClickThrough = 0.05, double PriorStrength = 20, int Pool = 50)
{
    public static ExplorationOptions Default { get; } = new();
}
