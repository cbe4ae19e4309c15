namespace ColdStart.Engine.Sensitivity;

/// <summary>
/// One item's exact rank along a sweep: a step function of t on [0, 1] that changes only where the item's score line
/// crosses another's. Ranks count the items eligible for the relevance order (those that pass the rules and are not
/// seen or pinned); at a crossing itself the rank of the segment to its right applies.
/// </summary>
public sealed class RankPath
{
    internal RankPath(int index, IReadOnlyList<RankSegment> segments)
    {
        Index = index;
        Segments = segments;
        BestRank = segments.Min(s => s.Rank);
    }

    /// <summary>The item's catalog index.</summary>
    public int Index { get; }

    /// <summary>Consecutive segments covering [0, 1], each with a different rank from its neighbours.</summary>
    public IReadOnlyList<RankSegment> Segments { get; }

    /// <summary>The best (smallest) rank anywhere on [0, 1].</summary>
    public int BestRank { get; }

    /// <summary>The rank at <paramref name="t"/> (the right-hand segment at a breakpoint; the last one at t = 1).</summary>
    public int RankAt(double t)
    {
        foreach (var segment in Segments)
            if (t < segment.To) return segment.Rank;
        return Segments[^1].Rank;
    }

    /// <summary>The intervals of t in which the item ranks <paramref name="top"/> or better, merged, in order.</summary>
    public IReadOnlyList<WeightInterval> InTop(int top)
    {
        var intervals = new List<WeightInterval>();
        foreach (var segment in Segments)
        {
            if (segment.Rank > top) continue;
            if (intervals.Count > 0 && intervals[^1].To == segment.From) intervals[^1] = intervals[^1] with { To = segment.To };
            else intervals.Add(new WeightInterval(segment.From, segment.To));
        }
        return intervals;
    }

    /// <summary>Where the item enters the top <paramref name="top"/> (ascending t), not counting t = 0.</summary>
    public IReadOnlyList<double> Enters(int top) => [.. InTop(top).Where(i => i.From > 0).Select(i => i.From)];

    /// <summary>Where the item leaves the top <paramref name="top"/> (ascending t), not counting t = 1.</summary>
    public IReadOnlyList<double> Leaves(int top) => [.. InTop(top).Where(i => i.To < 1).Select(i => i.To)];

    /// <summary>
    /// The nearest t to <paramref name="from"/> at which the item ranks <paramref name="top"/> or better, or null when it
    /// never does on [0, 1] (<paramref name="from"/> itself when it already does).
    /// </summary>
    public double? NearestIn(int top, double from)
    {
        double? best = null;
        foreach (var interval in InTop(top))
        {
            double t = Math.Clamp(from, interval.From, interval.To);
            if (best is null || Math.Abs(t - from) < Math.Abs(best.Value - from)) best = t;
        }
        return best;
    }

    /// <summary>
    /// The nearest weights below and above <paramref name="from"/> at which the item drops out of the top
    /// <paramref name="top"/> (null on a side where it stays in), or both null when it is not in the top at <paramref name="from"/>.
    /// </summary>
    public (double? Below, double? Above) LeavesAround(int top, double from)
    {
        foreach (var interval in InTop(top))
        {
            if (!interval.Contains(from)) continue;
            return (interval.From > 0 ? interval.From : null, interval.To < 1 ? interval.To : null);
        }
        return (null, null);
    }
}
