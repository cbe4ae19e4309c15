using System.Globalization;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Sensitivity;

namespace ColdStart.Workbench.Compare;

/// <summary>The sensitivity panel's sentences: weights in words, and "at what weight would this reach #1 / leave the top K?".</summary>
public static class SensitivityAnswers
{
    /// <summary>The axes offered: each weight alone, and three two-way balances.</summary>
    public static IReadOnlyList<SweepAxis> Axes { get; } =
    [
        SweepAxis.Weight(ScorePart.Collaborative), SweepAxis.Weight(ScorePart.Semantic), SweepAxis.Weight(ScorePart.Popularity),
        SweepAxis.Weight(ScorePart.Freshness), SweepAxis.Weight(ScorePart.ItemToItem), SweepAxis.Weight(ScorePart.Lexical),
        SweepAxis.Balance(ScorePart.Collaborative, ScorePart.Semantic), SweepAxis.Balance(ScorePart.Collaborative, ScorePart.ItemToItem),
        SweepAxis.Balance(ScorePart.Semantic, ScorePart.ItemToItem),
    ];

    /// <summary>A point of the axis in words: "0.350" for a weight, "Semantic 0.280 / Collaborative 0.520" for a balance.</summary>
    public static string Weight(BlendSweep sweep, double t)
    {
        if (sweep.Axis.Other is not { } other) return Number(t);
        var w = sweep.WeightsAt(t).ToArray();
        return $"{BlendWeights.Names[other]} {Number(w[other])} / {BlendWeights.Names[sweep.Axis.Component]} {Number(w[sweep.Axis.Component])}";
    }

    public static string Intervals(BlendSweep sweep, IReadOnlyList<WeightInterval> intervals) =>
        intervals.Count == 0 ? "never" : string.Join(", ", intervals.Select(i => $"{Number(i.From)}–{Number(i.To)}"));

    /// <summary>"At what weight would this item reach #1?"</summary>
    public static string ReachFirst(BlendSweep sweep, RankPath path)
    {
        double now = sweep.Current;
        var first = path.InTop(1);
        if (path.RankAt(now) == 1)
            return $"It is #1 now, and stays #1 for {sweep.Axis.Label} in {Intervals(sweep, first)}.";
        if (path.NearestIn(1, now) is not { } t)
        {
            return $"It never reaches #1 on this axis; its best is #{path.BestRank}, for {Intervals(sweep, path.InTop(path.BestRank))} (now #{path.RankAt(now)}).";
        }
        return $"It reaches #1 at {Weight(sweep, t)} (now #{path.RankAt(now)} at {Weight(sweep, now)}); #1 in {Intervals(sweep, first)}.";
    }

    /// <summary>"At what weight would this item leave the top <paramref name="k"/>?"</summary>
    public static string LeaveTop(BlendSweep sweep, RankPath path, int k)
    {
        double now = sweep.Current;
        if (path.RankAt(now) > k)
        {
            var inside = path.InTop(k);
            return inside.Count == 0
                ? $"It is not in the top {k} anywhere on this axis (best #{path.BestRank})."
                : $"It is not in the top {k} now (#{path.RankAt(now)}); it is in the top {k} for {Intervals(sweep, inside)}.";
        }
        var (below, above) = path.LeavesAround(k, now);
        if (below is null && above is null) return $"It stays in the top {k} over the whole axis.";
        var sides = new List<string>();
        if (below is { } b) sides.Add($"below {Weight(sweep, b)}");
        if (above is { } a) sides.Add($"above {Weight(sweep, a)}");
        return $"It leaves the top {k} {string.Join(" and ", sides)} (now #{path.RankAt(now)}).";
    }

    private static string Number(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
