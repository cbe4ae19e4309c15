using ColdStart.Data.Stores;
using ColdStart.Engine.Evaluation;
using ColdStart.Engine.Scoring;

namespace ColdStart.Workbench.Lab;

/// <summary>
/// The strategies offered in the lab: the saved ones first (by name), then the presets
/// not shadowed by a saved strategy of the same name. Strategies equal to a baseline (ALS alone, semantic alone) are left
/// out, since the baselines always run, and so are tuned strategies ("Auto · workspace"): they were tuned on every user of
/// their workspace, test users included, so the lab evaluates Auto by tuning it inside each fold instead.
/// </summary>
public sealed class LabStrategies(StrategyStore store)
{
    /// <summary>The built-in strategies: the workbench presets (as the <c>eval</c> verb knows them; Auto is a checkbox of its own).</summary>
    public static IReadOnlyList<Strategy> BuiltIn { get; } = Strategy.Presets;

    /// <summary>Names selected when the page opens, where offered.</summary>
    public static IReadOnlyList<string> DefaultSelection { get; } = [Strategy.Balanced.Name];

    public async Task<IReadOnlyList<LabStrategy>> ListAsync(CancellationToken cancellationToken = default)
    {
        var saved = await store.ListAsync(cancellationToken);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var choices = new List<LabStrategy>();
        foreach (var row in saved)
        {
            if (row.Tuning is not null || Baselines.IsBaselinePreset(row.Strategy) || !names.Add(row.Strategy.Name)) continue;
            choices.Add(new LabStrategy(row.Strategy, Saved: true));
        }
        foreach (var strategy in BuiltIn)
        {
            if (Baselines.IsBaselinePreset(strategy) || !names.Add(strategy.Name)) continue;
            choices.Add(new LabStrategy(strategy, Saved: false));
        }
        return choices;
    }
}
