namespace ColdStart.Engine.Simulation;

/// <summary>
/// A position-based click model (Craswell et al., "An experimental comparison of click position-bias models", WSDM
/// 2008): the visitor reads the list top down, examines position r with probability r^(−bias), and clicks an examined
/// item with its attractiveness for this visitor (at least the noise); the first click ends the step, and it becomes a
/// purchase with the item's purchase chance. Deterministic for a seeded <see cref="Random"/>. Subclasses say what the
/// visitor wants; they may read hidden truth (an archetype, later events) that the scorer never sees.
/// </summary>
public abstract class ClickModel
{
    protected ClickModel(ClickModelOptions? options)
    {
        Options = options ?? ClickModelOptions.Default;
        var errors = Options.Validate();
        if (errors.Count > 0) throw new ArgumentException("Invalid click model options: " + string.Join(" ", errors), nameof(options));
    }

    public ClickModelOptions Options { get; }

    /// <summary>Click chance of <paramref name="item"/> for <paramref name="visitor"/> once examined, in [0, 1].</summary>
    public abstract double Attractiveness(SimulatedVisitor visitor, int item);

    /// <summary>Chance that a click of <paramref name="visitor"/> on <paramref name="item"/> ends in a purchase.</summary>
    public abstract double PurchaseChance(SimulatedVisitor visitor, int item);

    /// <summary>Chance that position <paramref name="position"/> (1-based) is examined.</summary>
    public double Examination(int position) => Math.Pow(position, -Options.PositionBias);

    /// <summary>What <paramref name="visitor"/> does with the list <paramref name="shown"/> (catalog indices, best first).</summary>
    public VisitorAction Act(SimulatedVisitor visitor, IReadOnlyList<int> shown, Random random)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        ArgumentNullException.ThrowIfNull(shown);
        ArgumentNullException.ThrowIfNull(random);
        for (int r = 0; r < shown.Count; r++)
        {
            if (random.NextDouble() >= Examination(r + 1)) continue;
            int item = shown[r];
            if (random.NextDouble() >= Math.Max(Options.Noise, Attractiveness(visitor, item))) continue;
            return new VisitorAction(r + 1, item, random.NextDouble() < PurchaseChance(visitor, item));
        }
        return VisitorAction.None;
    }
}
