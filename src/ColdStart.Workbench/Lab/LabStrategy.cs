using ColdStart.Engine.Scoring;

namespace ColdStart.Workbench.Lab;

/// <summary>A strategy the lab can evaluate: a saved one (from the Compare page's store) or a built-in preset.</summary>
public sealed record LabStrategy(Strategy Strategy, bool Saved)
{
    public string Name => Strategy.Name;
}
