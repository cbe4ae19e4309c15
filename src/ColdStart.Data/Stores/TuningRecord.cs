using ColdStart.Engine.Neighbours;

namespace ColdStart.Data.Stores;

/// <summary>
/// What tuning the Auto strategy of a workspace chose and measured, stored with the tuned strategy (its TuningJson):
/// the live model of that workspace is then built with the same popularity half-life, neighbour and ALS settings.
/// </summary>
/// <param name="Workspace">The workspace whose validation users the strategy was tuned on.</param>
/// <param name="TunedAtUtc">When tuning finished (UTC).</param>
/// <param name="PopularityHalfLifeDays">The chosen half-life of the popularity prior.</param>
/// <param name="Neighbours">The chosen item-to-item neighbour settings.</param>
/// <param name="ValidationUsers">Validation users measured.</param>
/// <param name="Validation">Per step of the weight schedule: validation NDCG@10 of popularity alone and of Auto.</param>
/// <param name="Notes">What the tuner chose, in plain words.</param>
/// <param name="AlsFactors">The chosen number of ALS factors (absent in records stored before ALS was tuned: the defaults apply).</param>
/// <param name="AlsRegularization">The chosen ALS ridge λ (absent in older records).</param>
public sealed record TuningRecord(
    string Workspace,
    DateTime TunedAtUtc,
    float PopularityHalfLifeDays,
    NeighbourOptions Neighbours,
    int ValidationUsers,
    IReadOnlyList<TuningStepScore> Validation,
    IReadOnlyList<string> Notes,
    int? AlsFactors = null,
    float? AlsRegularization = null)
{
    /// <summary>"Auto · <paramref name="workspace"/>": the name of the strategy tuned on a workspace.</summary>
    public static string StrategyNameFor(string workspace) => $"{Engine.Scoring.Strategy.AutoName} · {workspace}";
}

/// <summary>Validation NDCG@10 of one step of the weight schedule (e.g. "2–3" revealed items).</summary>
/// <param name="Step">The step's range of revealed items.</param>
/// <param name="Cases">Validation cases in that step.</param>
/// <param name="Popularity">NDCG@10 of popularity alone.</param>
/// <param name="Auto">NDCG@10 of the tuned Auto weights.</param>
public sealed record TuningStepScore(string Step, int Cases, double Popularity, double Auto);
