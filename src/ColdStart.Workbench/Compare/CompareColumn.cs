namespace ColdStart.Workbench.Compare;

/// <summary>The choice of one column: a persona (by name) × a strategy (by name).</summary>
public sealed class CompareColumn(string personaName, string strategyName)
{
    public string PersonaName { get; set; } = personaName;
    public string StrategyName { get; set; } = strategyName;
}
