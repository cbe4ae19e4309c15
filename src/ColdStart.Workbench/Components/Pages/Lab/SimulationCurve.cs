namespace ColdStart.Workbench.Components.Pages.Lab;

/// <summary>The curves the Simulation panel can draw over the steps.</summary>
public enum SimulationCurve
{
    CumulativeClicks,
    CumulativePurchases,
    CumulativeReward,
    NewExposure,
    NewClicks,
}
