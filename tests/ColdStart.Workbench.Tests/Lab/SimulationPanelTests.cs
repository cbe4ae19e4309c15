using Bunit;
using ColdStart.Data;
using ColdStart.Data.Entities;
using ColdStart.Data.Stores;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Simulation;
using ColdStart.Engine.World;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Components.Pages.Lab;
using ColdStart.Workbench.Lab;
using ColdStart.Workbench.Tests.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Plotly.Blazor.Traces;

namespace ColdStart.Workbench.Tests.Lab;

/// <summary>The lab's Simulation tab over a real file holding a small generated world (with its hidden archetypes).</summary>
public sealed class SimulationPanelTests : BunitTestBase
{
    private const string PlotlyModule = "./_content/Plotly.Blazor/plotly-interop-7.2.0.js";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);
    private readonly TempDatabase _database = new();
    private LabSimulations? _simulations;
    private EvaluationRunStore? _runs;

    public SimulationPanelTests() => JSInterop.SetupModule(PlotlyModule);

    private async Task<IRenderedComponent<SimulationPanel>> RenderAsync()
    {
        var worlds = await _database.PrepareAsync();
        await worlds.SaveWorldAsync("small", SampleWorld.Generate(new SampleWorldOptions(Seed: 7, Items: 300, Users: 500, TargetEvents: 12_000, Days: 60)));
        _runs = new EvaluationRunStore(_database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>());
        _simulations = new LabSimulations(worlds, _runs, NullLogger<LabSimulations>.Instance);
        Services.AddSingleton(_simulations);
        return RenderInteractive<SimulationPanel>(p => p
            .Add(c => c.Workspace, "small")
            .Add(c => c.Strategies, [new LabStrategy(Strategy.Balanced, Saved: false), new LabStrategy(Strategy.SemanticOnly, Saved: false)]));
    }

    [Fact]
    public async Task A_run_on_a_small_world_shows_a_row_per_strategy_and_share_with_intervals_and_the_curves()
    {
        var cut = await RenderAsync();
        Assert.NotNull(cut.Find("[data-testid=sim-empty]"));
        Assert.Equal("small", cut.Find("[data-testid=sim-workspace]").TextContent);

        cut.Find("[data-testid=sim-sessions] input, input[data-testid=sim-sessions]").Input("20");
        cut.Find("[data-testid=sim-steps] input, input[data-testid=sim-steps]").Input("4");
        cut.Find("[data-testid=sim-shares] input, input[data-testid=sim-shares]").Input("0, 0.3");
        cut.Find("button[data-testid=sim-run]").Click();
        var job = _simulations!.Latest ?? throw new Xunit.Sdk.XunitException("No simulation started.");
        Assert.Equal((20, 4), (job.Request.Sessions, job.Request.Steps));
        Assert.Equal([0f, 0.3f], job.Request.Shares);
        Assert.Equal([Strategy.Balanced.Name], job.Request.Strategies.Select(s => s.Name));
        await job.Completion.WaitAsync(Patience);
        Assert.Null(job.Error);

        cut.WaitForElement("[data-testid=sim-table]");
        var rows = cut.FindAll("[data-testid^=sim-row-]");
        Assert.Equal(["sim-row-balanced-0", "sim-row-balanced-0.3"], rows.Select(r => r.GetAttribute("data-testid")));
        var cells = rows[1].QuerySelectorAll("td").Select(td => td.TextContent).ToList();
        Assert.Equal(11, cells.Count);
        Assert.Matches(@"^\d+\.\d{3} \[\d+\.\d{3}, \d+\.\d{3}\]$", cells[2]); // clicks with their 95% interval
        var report = job.Report!;
        Assert.Equal("archetype", report.ClickModel);
        Assert.True(report.Rows[1].NewExposureShare.Mean > report.Rows[0].NewExposureShare.Mean, "exploration shows new items more often");
        Assert.Contains("20 sessions × 4 steps", cut.Find("[data-testid=sim-caption]").TextContent, StringComparison.Ordinal);

        var chart = cut.FindComponent<SimulationCurveChart>();
        var lines = chart.Instance.Traces.OfType<Scatter>().ToList();
        Assert.Equal(["Balanced · exploration 0", "Balanced · exploration 0.3"], lines.Select(l => l.Name));
        Assert.Equal(4, lines[0].X.Count);
        var purchases = lines[0].Y.Cast<double>().ToList();
        Assert.Equal(purchases.Order(), purchases); // cumulative: never falls
        Assert.Equal(report.Rows[0].Curve.Sum(p => p.Purchases.Mean), purchases[^1], 9);

        // Stored as a lab run of kind simulation, with the request and the report (curves included).
        var stored = await _runs!.FindAsync(job.RunId!.Value);
        Assert.Equal((EvaluationRunKinds.Simulation, EvaluationRunStatus.Completed), (stored!.Summary.Kind, stored.Summary.Status));
        Assert.Equal((20, 4), (stored.Summary.Simulation!.Options.Sessions, stored.Summary.Simulation.Options.Steps));
        Assert.Equal(report.ToJson(), stored.Simulation!.ToJson());
        Assert.Contains($"Stored as run #{job.RunId}", cut.Find("[data-testid=sim-stored]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_simulation_is_stored_as_cancelled()
    {
        await RenderAsync();
        var job = _simulations!.Start(new SimulationRequest("small", [Strategy.Balanced], Auto: false, Sessions: 2000, Steps: 50, Shares: [0f]));
        await WaitForAsync(() => job.RunId is not null || job.IsFinished);

        Assert.True(_simulations.Cancel(job.Id));
        await job.Completion.WaitAsync(Patience);

        Assert.Equal(LabJobState.Cancelled, job.State);
        var stored = Assert.Single(await _runs!.ListAsync());
        Assert.Equal((job.RunId, EvaluationRunKinds.Simulation, EvaluationRunStatus.Cancelled), (stored.Id, stored.Kind, stored.Status));
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition() && DateTime.UtcNow < deadline) await Task.Delay(20);
        Assert.True(condition(), "timed out");
    }

    [Fact]
    public async Task Bad_shares_are_refused_with_the_field_named_and_nothing_runs()
    {
        var cut = await RenderAsync();

        cut.Find("[data-testid=sim-shares] input, input[data-testid=sim-shares]").Input("0, 2");
        cut.Find("button[data-testid=sim-run]").Click();

        Assert.Contains("Exploration shares: '2' is not a share between 0 and 1.", cut.Find("[data-testid=sim-form-error]").TextContent, StringComparison.Ordinal);
        Assert.Null(_simulations!.Latest);
    }

    [Fact]
    public void The_curves_draw_a_band_only_for_cumulative_reward_and_shares_per_step_for_new_items()
    {
        var point = new SimulationStepPoint(1, new(0.5, 0.4, 0.6), new(0.1, 0, 0.2), new(1, 0.5, 1.5), 0.2, 0.25);
        var second = point with { Step = 2, NewExposureShare = 0.3, NewClickShare = 0.5 };
        var row = new SimulationRow("Balanced", 0.2f, 10, default, default, default, null, 0, default, default, 0, 0, [point, second]);
        var report = new SimulationReport("w", "replay", new SimulationOptions(), 10, 100, 5, [row], 0, 0);

        Assert.Equal([0.5, 1.0], SimulationCurveChart.Values(row, SimulationCurve.CumulativeClicks));
        Assert.Equal([0.25, 0.5], SimulationCurveChart.Values(row, SimulationCurve.NewClicks));
        Assert.Equal([0.2, 0.3], SimulationCurveChart.Values(row, SimulationCurve.NewExposure));
        Assert.Equal(3, SimulationCurveChart.Build(report, SimulationCurve.CumulativeReward, new StrategyColors()).Count);
        Assert.Single(SimulationCurveChart.Build(report, SimulationCurve.CumulativePurchases, new StrategyColors()));
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        if (_simulations?.Latest is { IsFinished: false } running)
        {
            _simulations.Cancel(running.Id);
            await running.Completion.WaitAsync(Patience);
        }
        _simulations?.Dispose();
        _database.Dispose();
        await base.DisposeAsyncCore();
    }
}
