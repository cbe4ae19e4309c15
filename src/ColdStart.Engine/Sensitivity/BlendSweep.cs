using ColdStart.Engine.Scoring;

namespace ColdStart.Engine.Sensitivity;

/// <summary>
/// The result of <see cref="BlendSensitivity.Sweep"/>: every eligible item's blended score as a line a + b·t in the swept
/// parameter t (exact: the components are standardised independently of the weights, so the blend is linear in each
/// weight), the exact rank paths of the items that are in the top <see cref="K"/> anywhere on [0, 1], and what the
/// sweep leaves out (<see cref="Notes"/>).
/// </summary>
public sealed class BlendSweep
{
    private readonly int[] _indices;
    private readonly double[] _a;
    private readonly double[] _b;
    private readonly Dictionary<int, int> _lineOf;

    internal BlendSweep(SweepAxis axis, int k, BlendWeights inForce, int[] indices, double[] a, double[] b, IReadOnlyList<string> notes)
    {
        Axis = axis;
        K = k;
        WeightsInForce = inForce;
        Current = axis.Current(inForce);
        _indices = indices;
        _a = a;
        _b = b;
        _lineOf = new Dictionary<int, int>(indices.Length);
        for (int p = 0; p < indices.Length; p++) _lineOf[indices[p]] = p;
        Notes = notes;
        Items = [.. EverInTop(k).OrderBy(p => p.RankAt(Current)).ThenBy(p => p.BestRank)];
    }

    public SweepAxis Axis { get; }

    /// <summary>The top-list size the intervals refer to.</summary>
    public int K { get; }

    /// <summary>The weights in force for the profile (a schedule's step, or the strategy's weights): t = <see cref="Current"/>.</summary>
    public BlendWeights WeightsInForce { get; }

    /// <summary>Where the weights in force sit on the axis.</summary>
    public double Current { get; }

    /// <summary>The items in the top <see cref="K"/> somewhere on [0, 1], by their rank at <see cref="Current"/>.</summary>
    public IReadOnlyList<RankPath> Items { get; }

    /// <summary>How many items the ranks count (those that pass the rules and are not seen or pinned).</summary>
    public int Eligible => _indices.Length;

    /// <summary>What the sweep ignores or holds fixed (MMR, pins, the new-item policy, the schedule step), one sentence each.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The blend weights at <paramref name="t"/>.</summary>
    public BlendWeights WeightsAt(double t) => Axis.At(WeightsInForce, t);

    /// <summary>The score line (a, b) of an item: score(t) = a + b·t; null when the item is not eligible.</summary>
    public (double A, double B)? LineOf(int index) => _lineOf.TryGetValue(index, out int p) ? (_a[p], _b[p]) : null;

    /// <summary>The exact rank path of any eligible item (null when it is filtered out, seen or pinned).</summary>
    public RankPath? PathOf(int index) => _lineOf.TryGetValue(index, out int p) ? Path(p) : null;

    /// <summary>The catalog indices of the top <paramref name="k"/> at <paramref name="t"/>, best first.</summary>
    public int[] TopAt(double t, int k)
    {
        var order = Enumerable.Range(0, _indices.Length)
            .OrderByDescending(p => _a[p] + _b[p] * t).ThenBy(p => p);
        return [.. order.Take(k).Select(p => _indices[p])];
    }

    private IEnumerable<RankPath> EverInTop(int k)
    {
        int n = _indices.Length;
        if (n == 0) yield break;
        // An item whose best score on [0, 1] is below the k-th best of everyone's worst score is never in the top k
        // (k items are always above it): only the others need their exact path.
        var worst = new double[n];
        for (int p = 0; p < n; p++) worst[p] = Math.Min(_a[p], _a[p] + _b[p]);
        double floor = double.NegativeInfinity;
        if (n > k)
        {
            Array.Sort(worst);
            floor = worst[n - k];
        }
        for (int p = 0; p < n; p++)
        {
            if (Math.Max(_a[p], _a[p] + _b[p]) < floor) continue;
            var path = Path(p);
            if (path.BestRank <= k) yield return path;
        }
    }

    /// <summary>
    /// Line p's rank on [0, 1]: 1 + the lines above it just after t = 0 (ties by the t = 0 order, which is the
    /// scorer's), then ±1 at every crossing with another line inside (0, 1).
    /// </summary>
    private RankPath Path(int p)
    {
        int rank = 1;
        var events = new List<(double T, int Delta)>();
        for (int j = 0; j < _indices.Length; j++)
        {
            if (j == p) continue;
            double da = _a[j] - _a[p], db = _b[j] - _b[p];
            if (da > 0 || (da == 0 && (db > 0 || (db == 0 && j < p)))) rank++;
            if (db == 0) continue;
            double t = -da / db;
            if (t > 0 && t < 1) events.Add((t, db > 0 ? 1 : -1));
        }
        events.Sort((x, y) => x.T.CompareTo(y.T));
        var segments = new List<RankSegment>();
        double from = 0;
        for (int e = 0; e < events.Count;)
        {
            double t = events[e].T;
            int next = rank;
            while (e < events.Count && events[e].T == t) next += events[e++].Delta;
            if (next == rank) continue;
            segments.Add(new RankSegment(from, t, rank));
            from = t;
            rank = next;
        }
        segments.Add(new RankSegment(from, 1, rank));
        return new RankPath(_indices[p], segments);
    }
}
