using ColdStart.Engine.Evaluation;

namespace ColdStart.Engine.Simulation;

/// <summary>
/// What one strategy at one exploration share earned over the simulated sessions. Intervals are 95 % percentile
/// bootstraps over sessions (<see cref="BootstrapInterval"/>).
/// </summary>
/// <param name="Strategy">Strategy name.</param>
/// <param name="ExplorationShare">Share of slots given to exploring new items.</param>
/// <param name="Sessions">Sessions simulated.</param>
/// <param name="Clicks">Clicks per session.</param>
/// <param name="Purchases">Purchases per session.</param>
/// <param name="Reward">Cumulative reward per session (a click 1, a purchase the options' purchase reward).</param>
/// <param name="StepsToFirstPurchase">Mean 1-based step of the first purchase over the sessions that bought; null when none did.</param>
/// <param name="SessionsWithPurchase">Share of sessions with at least one purchase.</param>
/// <param name="NewExposureShare">Share of shown slots that went to new items (per session, averaged).</param>
/// <param name="NewClicks">Clicks on new items per session.</param>
/// <param name="NewClickShare">Share of all clicks that went to new items (pooled over sessions).</param>
/// <param name="Coverage">Distinct items shown in any session / catalog size.</param>
/// <param name="Curve">Per step: click, purchase and cumulative reward means.</param>
public sealed record SimulationRow(
    string Strategy,
    float ExplorationShare,
    int Sessions,
    BootstrapInterval Clicks,
    BootstrapInterval Purchases,
    BootstrapInterval Reward,
    BootstrapInterval? StepsToFirstPurchase,
    double SessionsWithPurchase,
    BootstrapInterval NewExposureShare,
    BootstrapInterval NewClicks,
    double NewClickShare,
    double Coverage,
    IReadOnlyList<SimulationStepPoint> Curve)
{
    /// <summary>Summarises <paramref name="traces"/>; <paramref name="catalogSize"/> is the coverage denominator.</summary>
    public static SimulationRow From(string strategy, float share, IReadOnlyList<SessionTrace> traces, int catalogSize, SimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(traces);
        ArgumentNullException.ThrowIfNull(options);
        if (traces.Count == 0) throw new ArgumentException("No sessions to summarise.", nameof(traces));
        int n = traces.Count, resamples = options.BootstrapResamples, seed = options.Seed;
        var clicks = new float[n];
        var purchases = new float[n];
        var reward = new float[n];
        var exposure = new float[n];
        var newClicks = new float[n];
        var firstPurchase = new List<float>();
        var shownItems = new HashSet<int>();
        int allClicks = 0, allNewClicks = 0;
        for (int s = 0; s < n; s++)
        {
            var trace = traces[s];
            int slots = 0, newSlots = 0;
            foreach (var step in trace.Steps)
            {
                slots += step.Shown.Length;
                newSlots += step.NewShown;
                shownItems.UnionWith(step.Shown);
                if (step.ClickedNew) newClicks[s]++;
            }
            clicks[s] = trace.Clicks;
            purchases[s] = trace.Purchases;
            reward[s] = (float)(trace.Clicks + options.PurchaseReward * trace.Purchases);
            exposure[s] = slots == 0 ? 0 : (float)newSlots / slots;
            allClicks += trace.Clicks;
            allNewClicks += (int)newClicks[s];
            if (trace.FirstPurchaseStep is { } first) firstPurchase.Add(first);
        }
        BootstrapInterval Interval(float[] values) => BootstrapInterval.Compute(values, resamples, 0.95, seed);
        return new SimulationRow(strategy, share, n, Interval(clicks), Interval(purchases), Interval(reward),
            firstPurchase.Count > 0 ? Interval([.. firstPurchase]) : null, (double)firstPurchase.Count / n,
            Interval(exposure), Interval(newClicks), allClicks == 0 ? 0 : (double)allNewClicks / allClicks,
            catalogSize == 0 ? 0 : (double)shownItems.Count / catalogSize, Curves(traces, options));
    }

    private static List<SimulationStepPoint> Curves(IReadOnlyList<SessionTrace> traces, SimulationOptions options)
    {
        int n = traces.Count, steps = traces.Max(t => t.Steps.Count);
        var cumulative = new float[n];
        var points = new List<SimulationStepPoint>(steps);
        for (int t = 0; t < steps; t++)
        {
            var clicked = new float[n];
            var bought = new float[n];
            long slots = 0, newSlots = 0, stepClicks = 0, newClicks = 0;
            for (int s = 0; s < n; s++)
            {
                if (t >= traces[s].Steps.Count) continue;
                var step = traces[s].Steps[t];
                clicked[s] = step.Action.Clicked ? 1 : 0;
                bought[s] = step.Action.Purchased ? 1 : 0;
                cumulative[s] += (float)(clicked[s] + options.PurchaseReward * bought[s]);
                slots += step.Shown.Length;
                newSlots += step.NewShown;
                if (step.Action.Clicked) stepClicks++;
                if (step.ClickedNew) newClicks++;
            }
            points.Add(new SimulationStepPoint(t + 1,
                BootstrapInterval.Compute(clicked, options.BootstrapResamples, 0.95, options.Seed),
                BootstrapInterval.Compute(bought, options.BootstrapResamples, 0.95, options.Seed),
                BootstrapInterval.Compute(cumulative, options.BootstrapResamples, 0.95, options.Seed),
                slots == 0 ? 0 : (double)newSlots / slots, stepClicks == 0 ? 0 : (double)newClicks / stepClicks));
        }
        return points;
    }
}
