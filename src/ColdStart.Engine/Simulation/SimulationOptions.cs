namespace ColdStart.Engine.Simulation;

/// <summary>Size and seed of a simulation run.</summary>
/// <param name="Sessions">Sessions per strategy (visitors are taken in turn from the held-out users).</param>
/// <param name="Steps">Lists shown per session.</param>
/// <param name="ListLength">Items per shown list.</param>
/// <param name="Seed">Seed of the visitors' choices and of the exploration draws; session s uses the same visitor and seed under every strategy.</param>
/// <param name="Adapt">True: every click folds into the profile (the loop); false: the session keeps its first profile and only drops clicked items.</param>
/// <param name="PurchaseReward">Reward of a purchase; a click earns 1.</param>
/// <param name="BootstrapResamples">Resamples per interval.</param>
/// <remarks>Defaults: 200 sessions of 10 steps, lists of 10, seed 42, adaptive, purchase reward 5, 1,000 resamples.</remarks>
public sealed record SimulationOptions(
    int Sessions = 200,
    int Steps = 10,
    int ListLength = 10,
    int Seed = 42,
    bool Adapt = true,
    double PurchaseReward = 5,
    int BootstrapResamples = 1000)
{
    /// <summary>Problems, one message each; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (Sessions < 1) errors.Add($"Sessions must be at least 1 (got {Sessions}).");
        if (Steps < 1) errors.Add($"Steps must be at least 1 (got {Steps}).");
        if (ListLength is < 1 or > 100) errors.Add($"The list length must be between 1 and 100 (got {ListLength}).");
        if (!(PurchaseReward >= 0) || double.IsInfinity(PurchaseReward)) errors.Add($"The purchase reward must be a finite number ≥ 0 (got {PurchaseReward}).");
        if (BootstrapResamples < 100) errors.Add($"Bootstrap resamples must be at least 100 (got {BootstrapResamples}).");
        return errors;
    }
}
