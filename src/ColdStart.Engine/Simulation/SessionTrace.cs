namespace ColdStart.Engine.Simulation;

/// <summary>One simulated session: who visited and every step.</summary>
public sealed record SessionTrace(int Session, SimulatedVisitor Visitor, IReadOnlyList<SessionStep> Steps)
{
    public int Clicks => Steps.Count(s => s.Action.Clicked);
    public int Purchases => Steps.Count(s => s.Action.Purchased);

    /// <summary>1-based step of the first purchase, or null.</summary>
    public int? FirstPurchaseStep
    {
        get
        {
            for (int t = 0; t < Steps.Count; t++)
                if (Steps[t].Action.Purchased) return t + 1;
            return null;
        }
    }
}
