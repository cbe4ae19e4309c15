namespace ColdStart.Engine.Simulation;

/// <summary>
/// For datasets without archetypes: a held-out user clicks what it really took later (its positive events, see
/// <see cref="SimulatedVisitor.Wants"/>) with the maximum attractiveness, anything else only as noise, and buys only
/// what it really bought (with the purchase rate).
/// </summary>
public sealed class ReplayClickModel(ClickModelOptions? options = null) : ClickModel(options)
{
    /// <inheritdoc/>
    public override double Attractiveness(SimulatedVisitor visitor, int item) =>
        visitor.Wants.ContainsKey(item) ? Options.MaxAttractiveness : Options.Noise;

    /// <inheritdoc/>
    public override double PurchaseChance(SimulatedVisitor visitor, int item) =>
        visitor.Wants.TryGetValue(item, out bool bought) && bought ? Options.PurchaseRate : 0;
}
