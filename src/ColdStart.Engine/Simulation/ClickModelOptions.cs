namespace ColdStart.Engine.Simulation;

/// <summary>Position bias and noise of a <see cref="ClickModel"/>.</summary>
/// <param name="PositionBias">Examination probability at 1-based position r is r^(−bias): 0 = every position is read, 1 = the 10th is read a tenth as often as the 1st.</param>
/// <param name="Noise">Click chance of an examined item the visitor does not care for (stray clicks).</param>
/// <param name="MaxAttractiveness">Click chance of an examined item the visitor wants most.</param>
/// <param name="PurchaseRate">Chance that a click on an item the visitor wants most ends in a purchase (replay: on an item the user bought).</param>
/// <remarks>Defaults: bias 1, noise 0.01, attractiveness up to 0.8, purchase rate 0.3.</remarks>
public sealed record ClickModelOptions(double PositionBias = 1, double Noise = 0.01, double MaxAttractiveness = 0.8, double PurchaseRate = 0.3)
{
    public static ClickModelOptions Default { get; } = new();

    /// <summary>Problems, one message each; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (!(PositionBias >= 0 && PositionBias <= 5)) errors.Add($"Position bias must be between 0 and 5 (got {PositionBias}).");
        if (!(Noise >= 0 && Noise <= 1)) errors.Add($"Noise must be between 0 and 1 (got {Noise}).");
        if (!(MaxAttractiveness > 0 && MaxAttractiveness <= 1)) errors.Add($"Maximum attractiveness must be in (0, 1] (got {MaxAttractiveness}).");
        if (!(PurchaseRate >= 0 && PurchaseRate <= 1)) errors.Add($"Purchase rate must be between 0 and 1 (got {PurchaseRate}).");
        return errors;
    }
}
