using System.Diagnostics;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Evaluation;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Training;

namespace ColdStart.Engine.Simulation;

/// <summary>
/// One whole simulation, as the <c>simulate</c> verb and the lab's Simulation panel run it: holds out visitors
/// (<see cref="SimulationVisitors"/>), trains on the rest as an evaluation fold does (<see cref="FoldTrainer"/>), tunes
/// Auto on the training side when asked, then runs every strategy at every exploration share through the
/// <see cref="SessionSimulator"/> with fresh posteriors and summarises each as a <see cref="SimulationRow"/>. Sample
/// worlds pass their hidden archetypes (<see cref="ArchetypeClickModel"/>); other data replays the held-out users.
/// </summary>
public static class SimulationRun
{
    /// <summary>Runs the simulation; <paramref name="progress"/> hears each phase and the share of rows done (0–1).</summary>
    /// <exception cref="ArgumentException">No strategy or share, or no user can be held out.</exception>
    public static SimulationReport Run(Dataset data, int[]? archetypes, IReadOnlyList<Strategy> strategies, bool auto,
        IReadOnlyList<float> shares, SimulationOptions options, IProgress<(string Message, double Fraction)>? progress = null,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(strategies);
        ArgumentNullException.ThrowIfNull(shares);
        ArgumentNullException.ThrowIfNull(options);
        if (strategies.Count == 0 && !auto) throw new ArgumentException("Choose at least one strategy to simulate.", nameof(strategies));
        if (shares.Count == 0) throw new ArgumentException("Give at least one exploration share.", nameof(shares));
        var split = SimulationVisitors.Create(data, archetypes, options.Sessions, options.Seed);
        var defaults = new EvaluationOptions();
        var trainer = new FoldTrainer(defaults.Training, defaults.FoldEncoder);
        var clock = Stopwatch.StartNew();
        progress?.Report(($"Training on {split.Training.Users.Count:N0} users ({split.Visitors.Count:N0} held out as visitors) ...", 0));
        using var model = trainer.Train(split.Training, ct);
        var snapshot = model.Snapshot;
        var all = strategies.ToList();
        if (auto)
        {
            progress?.Report(("Tuning Auto on validation users of the training side ...", 0));
            try
            {
                var tuned = AutoTuner.Tune(split.Training, trainer, snapshot.Options, defaults.Tuning, null, ct);
                snapshot = SnapshotBuilder.Rebuild(snapshot, tuned.Training, ct);
                all.Add(tuned.Auto);
            }
            catch (TuningException e)
            {
                progress?.Report(($"Auto not tuned ({e.Message}); untuned defaults used.", 0));
                all.Add(Baselines.UntunedAuto);
            }
        }
        double training = clock.Elapsed.TotalSeconds;
        clock.Restart();
        ClickModel clicks = archetypes is null ? new ReplayClickModel() : new ArchetypeClickModel(data.Items, options.Seed);
        var simulator = new SessionSimulator(snapshot, clicks, options);
        var rows = new List<SimulationRow>();
        int total = all.Count * shares.Count;
        foreach (var strategy in all)
            foreach (float share in shares)
            {
                progress?.Report(($"Simulating {strategy.Name}, exploration {share:0.##} ...", (double)rows.Count / total));
                var traces = simulator.Run(strategy.WithExploration(share), split.Visitors, new ExplorationState(snapshot.Catalog.Count), ct);
                rows.Add(SimulationRow.From(strategy.Name, share, traces, snapshot.Catalog.Count, options));
            }
        progress?.Report(("Done.", 1));
        return new SimulationReport(data.Name, archetypes is null ? "replay" : "archetype", options, split.Visitors.Count, snapshot.Catalog.Count,
            snapshot.Catalog.ColdItems.Length, rows, training, clock.Elapsed.TotalSeconds);
    }
}
