using ColdStart.Engine.Scoring;
using ColdStart.Engine.Simulation;
using ColdStart.Engine.Training;
using ColdStart.Engine.World;
using ColdStart.Tests.Shared;

namespace ColdStart.Engine.Tests.Simulation;

public sealed class SessionSimulatorTests
{
    private static readonly SampleWorldResult World = SampleWorld.Generate(new SampleWorldOptions(Seed: 5, Items: 300, Users: 400, TargetEvents: 8000, Days: 60));
    private static readonly SimulationVisitors Split = SimulationVisitors.Create(World.Dataset, World.UserArchetypes, 30, seed: 1);
    private static readonly ModelSnapshot Snapshot = SnapshotBuilder.Build(Split.Training, new WordHashEncoder(),
        TrainingOptions.Default with { Als = TrainingOptions.Default.Als with { Factors = 8, Iterations = 4 } });

    private static SessionSimulator Simulator(int seed = 3) =>
        new(Snapshot, new ArchetypeClickModel(World.Dataset.Items), new SimulationOptions(Sessions: 30, Steps: 6, Seed: seed, BootstrapResamples: 200));

    [Fact]
    public void A_simulation_is_deterministic_for_a_seed()
    {
        var strategy = Strategy.Balanced.WithExploration(0.2f);
        var first = Simulator().Run(strategy, Split.Visitors);
        var again = Simulator().Run(strategy, Split.Visitors);
        var other = Simulator(seed: 4).Run(strategy, Split.Visitors);

        Assert.Equal(Flatten(first), Flatten(again));
        Assert.NotEqual(Flatten(first), Flatten(other));
        Assert.Contains(first, t => t.Clicks > 0);
    }

    [Fact]
    public void Each_step_of_the_curve_counts_the_share_of_its_clicks_that_went_to_new_items()
    {
        var simulator = Simulator();
        var traces = simulator.Run(Strategy.Balanced.WithExploration(0.3f), Split.Visitors);
        var row = SimulationRow.From("Balanced", 0.3f, traces, Snapshot.Catalog.Count, simulator.Options);

        Assert.Equal(6, row.Curve.Count);
        for (int t = 0; t < row.Curve.Count; t++)
        {
            var steps = traces.Where(s => t < s.Steps.Count).Select(s => s.Steps[t]).ToList();
            int clicks = steps.Count(s => s.Action.Clicked), newClicks = steps.Count(s => s.ClickedNew);
            Assert.Equal(clicks == 0 ? 0 : (double)newClicks / clicks, row.Curve[t].NewClickShare, 12);
        }
        Assert.Contains(row.Curve, p => p.NewClickShare > 0);
    }

    [Fact]
    public void A_report_read_back_from_its_json_keeps_every_row_and_curve()
    {
        var simulator = Simulator();
        var traces = simulator.Run(Strategy.Balanced.WithExploration(0.3f), Split.Visitors);
        var row = SimulationRow.From("Balanced", 0.3f, traces, Snapshot.Catalog.Count, simulator.Options);
        var report = new SimulationReport("sample", "archetype", simulator.Options, Split.Visitors.Count, Snapshot.Catalog.Count, 12, [row], 1.5, 0.25);

        var read = SimulationReport.FromJson(report.ToJson());

        Assert.Equal(report.ToJson(), read.ToJson());
        Assert.Equal(report.Options, read.Options);
        var readRow = Assert.Single(read.Rows);
        Assert.Equal(row.Clicks, readRow.Clicks);
        Assert.Equal(row.StepsToFirstPurchase, readRow.StepsToFirstPurchase);
        Assert.Equal(row.Curve, readRow.Curve);
        Assert.Throws<System.Text.Json.JsonException>(() => SimulationReport.FromJson("null"));
    }

    [Fact]
    public void Visitors_are_held_out_of_training()
    {
        var training = Split.Training.Users.Select(u => u.Id).ToHashSet();
        Assert.Equal(30, Split.Visitors.Count);
        Assert.DoesNotContain(Split.Visitors, v => training.Contains(v.Id));
        Assert.All(Split.Visitors, v => Assert.InRange(v.Archetype, 0, ArchetypeClickModel.ArchetypeNames.Count - 1));
    }

    [Fact]
    public void Clicked_items_fold_into_the_next_profile_and_are_not_shown_again()
    {
        var trace = Simulator().Run(Strategy.Balanced, Split.Visitors).First(t => t.Clicks >= 2);
        var clicked = new List<int>();
        foreach (var step in trace.Steps)
        {
            Assert.DoesNotContain(step.Shown, clicked.Contains);
            if (step.Action.Clicked) clicked.Add(step.Action.Item);
        }
    }

    [Fact]
    public void A_session_that_adapts_moves_its_lists_toward_the_clicked_items_departments()
    {
        var options = new SimulationOptions(Sessions: 30, Steps: 6, Seed: 3, BootstrapResamples: 200);
        var model = new ArchetypeClickModel(World.Dataset.Items);
        var adaptive = new SessionSimulator(Snapshot, model, options).Run(Strategy.Balanced, Split.Visitors);
        var fixedFirst = new SessionSimulator(Snapshot, model, options with { Adapt = false }).Run(Strategy.Balanced, Split.Visitors);

        Assert.Equal(adaptive[0].Steps[0].Shown, fixedFirst[0].Steps[0].Shown);
        Assert.True(Matching(adaptive) > Matching(fixedFirst), $"adaptive {Matching(adaptive):0.000}, fixed {Matching(fixedFirst):0.000}");

        // Share of items shown right after a session's first click that share that click's department.
        static double Matching(IReadOnlyList<SessionTrace> traces)
        {
            int match = 0, all = 0;
            foreach (var trace in traces)
            {
                int first = trace.Steps.ToList().FindIndex(s => s.Action.Clicked);
                if (first < 0 || first + 1 >= trace.Steps.Count) continue;
                string department = World.Dataset.Items[trace.Steps[first].Action.Item].Department;
                foreach (int i in trace.Steps[first + 1].Shown)
                {
                    all++;
                    if (World.Dataset.Items[i].Department == department) match++;
                }
            }
            return all == 0 ? 0 : (double)match / all;
        }
    }

    [Fact]
    public void Exploration_shows_new_items_and_learns_from_their_clicks()
    {
        var state = new ExplorationState(Snapshot.Catalog.Count);
        var explored = Simulator().Run(Strategy.Balanced.WithExploration(0.3f), Split.Visitors, state);
        var plain = Simulator().Run(Strategy.Balanced, Split.Visitors);

        var options = Simulator().Options;
        var withRow = SimulationRow.From("Balanced", 0.3f, explored, Snapshot.Catalog.Count, options);
        var withoutRow = SimulationRow.From("Balanced", 0f, plain, Snapshot.Catalog.Count, options);
        Assert.True(withRow.NewExposureShare.Mean > withoutRow.NewExposureShare.Mean + 0.2);
        Assert.Equal(6, withRow.Curve.Count);
        Assert.True(withRow.Curve[^1].CumulativeReward.Mean >= withRow.Curve[0].CumulativeReward.Mean);
        int impressions = Snapshot.Catalog.ColdItems.Sum(i => state.Counts(i).Impressions);
        Assert.True(impressions >= 30 * 6 * 2, $"{impressions} new-item impressions recorded");
    }

    private static List<(int, int, bool)> Flatten(IReadOnlyList<SessionTrace> traces) =>
        [.. traces.SelectMany(t => t.Steps.SelectMany(s => s.Shown.Select(i => (i, s.Action.Item, s.Action.Purchased))))];
}
