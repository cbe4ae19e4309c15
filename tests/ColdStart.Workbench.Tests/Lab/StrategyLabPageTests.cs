using AngleSharp.Dom;
using Bunit;
using ColdStart.Data;
using ColdStart.Data.Stores;
using ColdStart.Engine.Evaluation;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Components.Pages.Lab;
using ColdStart.Workbench.Lab;
using ColdStart.Workbench.Tests.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;

namespace ColdStart.Workbench.Tests.Lab;

/// <summary>The lab page over a real file holding the tiny world and hand-made stored runs (the runner is not started: jobs stay queued).</summary>
public sealed class StrategyLabPageTests : BunitTestBase
{
    private const string PlotlyModule = "./_content/Plotly.Blazor/plotly-interop-7.2.0.js";
    private readonly TempDatabase _database = new();
    private readonly EvaluationRunStore _runs;
    private readonly EvaluationRunner _runner;
    private readonly FakeTunableModel _tunable = new();
    private readonly AutoTuning _tuning;
    private readonly FakeEncoderLoader _encoders = new();
    private readonly FreeTextBenchmark _freeText;

    public StrategyLabPageTests()
    {
        JSInterop.SetupModule(PlotlyModule);
        var contexts = _database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>();
        _runs = new EvaluationRunStore(contexts);
        _runner = new EvaluationRunner(_runs, _database.Store, NullLogger<EvaluationRunner>.Instance);
        Services.AddSingleton(_runs);
        Services.AddSingleton(_runner);
        _tuning = new AutoTuning(_database.Store, new StrategyStore(contexts), _tunable, NullLogger<AutoTuning>.Instance);
        Services.AddSingleton(_tuning);
        Services.AddSingleton(new LabSimulations(_database.Store, _runs, NullLogger<LabSimulations>.Instance));
        _freeText = new FreeTextBenchmark(_database.Store, _encoders, NullLogger<FreeTextBenchmark>.Instance);
        Services.AddSingleton(_freeText);
        Services.AddSingleton(_database.Store);
        Services.AddSingleton(new LabStrategies(new StrategyStore(contexts)));
        Services.AddSingleton(_database.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DataOptions>>());
        Services.AddLogging();
    }

    private async Task<IRenderedComponent<StrategyLabPage>> RenderAsync(Func<Task>? storeRuns = null)
    {
        var world = await _database.PrepareAsync();
        await world.SaveWorldAsync(WorkspaceKinds.DefaultWorkspace, WorkspaceKinds.Csv, TinyWorld.Create());
        if (storeRuns is not null) await storeRuns();
        var cut = RenderInteractive<StrategyLabPage>();
        cut.WaitForElement("[data-testid=lab-form]");
        return cut;
    }

    private async Task<int> StoreCompletedAsync(double shift = 0)
    {
        int id = await _runs.StartAsync(WorkspaceKinds.DefaultWorkspace, LabReports.Options);
        await _runs.CompleteAsync(id, LabReports.Create(shift));
        return id;
    }

    [Fact]
    public async Task The_form_offers_the_presets_and_the_default_k_values_and_can_run()
    {
        var cut = await RenderAsync();

        Assert.NotNull(cut.Find("[data-testid=lab-strategy-balanced]"));
        Assert.Empty(cut.FindAll("[data-testid=lab-strategy-cold-start-blend]")); // tuned on its own test folds once: gone
        Assert.Empty(cut.FindAll("[data-testid=lab-strategy-collaborative-only]"));
        Assert.True(cut.Find("input[data-testid=lab-auto]").HasAttribute("checked") || cut.Find("input[data-testid=lab-auto]").GetAttribute("value") == "true");
        Assert.Equal(["k = 0", "k = 1", "k = 3", "k = 5"], cut.FindAll("[data-testid^=lab-k-] .mud-chip-content").Select(c => c.TextContent.Trim()));
        Assert.Empty(cut.FindAll("[data-testid=lab-form-error]"));
        Assert.False(RunButton(cut).HasAttribute("disabled"));
        Assert.NotNull(cut.Find("[data-testid=lab-no-runs]"));
    }

    [Fact]
    public async Task The_simulation_tab_simulates_the_active_workspace_with_the_lab_strategies()
    {
        var cut = await RenderAsync();

        cut.FindAll(".mud-tab").Single(t => t.TextContent.Trim() == "Simulation").Click();

        cut.WaitForElement("[data-testid=sim-form]");
        Assert.Equal(WorkspaceKinds.DefaultWorkspace, cut.Find("[data-testid=sim-workspace]").TextContent);
        Assert.NotNull(cut.Find("[data-testid=sim-strategy-balanced]"));
        Assert.NotNull(cut.Find("[data-testid=sim-empty]"));
    }

    [Fact]
    public async Task The_page_offers_the_free_text_benchmark_on_the_workspace_with_the_encoders_to_compare()
    {
        var cut = await RenderAsync();

        var panel = cut.Find("[data-testid=freetext-panel]");
        Assert.Contains("Free text → items", panel.TextContent, StringComparison.Ordinal);
        Assert.Equal(["project", "minilm", "arctic-xs", "minilm+adapter", "arctic-xs+adapter"], FreeTextBenchmark.EncoderChoices);
        Assert.NotNull(cut.Find("input[data-testid=freetext-encoder-arctic-xs]"));
        Assert.NotNull(cut.Find("input[data-testid=freetext-encoder-minilm-adapter]"));
        Assert.False(cut.Find("button[data-testid=freetext-run]").HasAttribute("disabled"));
        Assert.Empty(cut.FindAll("[data-testid=freetext-results]"));
    }

    [Fact]
    public async Task Without_a_strategy_the_form_says_so_and_run_is_disabled()
    {
        var cut = await RenderAsync();

        cut.Find("[data-testid=lab-strategy-balanced]").Click();
        cut.Find("input[data-testid=lab-auto]").Change(false);

        cut.WaitForAssertion(() => Assert.Contains("Choose at least one strategy; the baselines always run beside it.", Errors(cut)));
        Assert.True(RunButton(cut).HasAttribute("disabled"));
    }

    [Fact]
    public async Task A_negative_k_an_unreadable_k_or_no_k_at_all_is_refused_inline()
    {
        var cut = await RenderAsync();

        AddK(cut, "-2");
        cut.WaitForAssertion(() => Assert.Contains("Every k must be 0 or more (got -2, 0, 1, 3, 5).", Errors(cut)));
        Assert.True(RunButton(cut).HasAttribute("disabled"));

        cut.WaitForElement("[data-testid=lab-k--2] .mud-chip-close-button").Click();
        AddK(cut, "two");
        cut.WaitForAssertion(() => Assert.Contains("k must be a whole number; 'two' is not one.", Errors(cut)));

        AddK(cut, "2");
        foreach (int k in new[] { 0, 1, 2, 3, 5 }) cut.WaitForElement($"[data-testid=lab-k-{k}] .mud-chip-close-button").Click();
        cut.WaitForAssertion(() => Assert.Equal(["Give at least one k (interactions revealed per test user)."], Errors(cut)));
        Assert.True(RunButton(cut).HasAttribute("disabled"));
    }

    [Fact]
    public async Task One_fold_is_refused_with_a_message_not_silently_made_two()
    {
        var cut = await RenderAsync();

        cut.Find("[data-testid=lab-folds] input, input[data-testid=lab-folds]").Input("1");

        cut.WaitForAssertion(() => Assert.Contains("Folds must be at least 2 (got 1).", Errors(cut)));
        Assert.Equal("1", cut.Find("[data-testid=lab-folds] input, input[data-testid=lab-folds]").GetAttribute("value"));
        Assert.True(RunButton(cut).HasAttribute("disabled"));
    }

    [Fact]
    public async Task The_latest_completed_run_opens_with_its_curves_bars_and_table_bound_to_the_report()
    {
        var cut = await RenderAsync(() => StoreCompletedAsync());

        cut.WaitForElement("[data-testid=lab-curve-chart]");
        var curve = cut.FindComponent<ColdStartCurveChart>().Instance.Traces.Cast<Scatter>().ToList();
        Assert.Equal(6, curve.Count);
        var (lower, upper, mean) = (curve[3], curve[4], curve[5]);
        Assert.Equal("Balanced", mean.Name);
        Assert.Equal([0, 1, 3], mean.X.Cast<int>());
        Assert.Equal(LabReports.BalancedNdcg, mean.Y.Cast<double>());
        Assert.Equal([0.10, 0.14, 0.20], lower.Y.Cast<double>().Select(v => Math.Round(v, 10)));
        Assert.Equal([0.12, 0.16, 0.22], upper.Y.Cast<double>().Select(v => Math.Round(v, 10)));
        Assert.Equal((FillEnum.None, FillEnum.ToNextY), (lower.Fill, upper.Fill));
        Assert.Equal((false, false, "Balanced"), (lower.ShowLegend, upper.ShowLegend, upper.LegendGroup));
        Assert.Equal(LabReports.PopularityNdcg, curve[2].Y.Cast<double>());

        var bars = cut.FindComponent<MetricBarsChart>().Instance.Traces.Cast<Bar>().ToList();
        Assert.Equal(2 * (MetricNames.All.Count - 2), bars.Count); // the stored report predates New@20 and Item AUC: no bars for them
        Assert.Equal(("NDCG@10", "x", "y"), ((string)Assert.Single(bars[0].X), bars[0].XAxis, bars[0].YAxis));
        Assert.Equal([0.14, 0.21], bars.Take(2).Select(b => (double)b.Y[0]));
        Assert.Equal(0.01, (double)bars[1].ErrorY.Array[0], 10);
        Assert.Equal(("Recall@20", "x2", false), ((string)bars[2].X[0], bars[2].XAxis, bars[2].ShowLegend));

        Assert.Equal("0.2100± 0.0100", Text(cut, "lab-cell-balanced-ndcg-10"));
        Assert.Equal("0.4000", Text(cut, "lab-cell-balanced-coverage-10"));
        Assert.Equal("+50.0 %", Text(cut, "lab-lift-balanced"));
        Assert.Equal("+0.0 %", Text(cut, "lab-lift-global-popularity"));
        Assert.Equal("compare?strategy=Balanced", cut.Find("[data-testid=lab-compare-balanced]").GetAttribute("href"));
        Assert.Empty(cut.FindAll("[data-testid=lab-compare-global-popularity]")); // a baseline is not a strategy Compare ranks
    }

    [Fact]
    public async Task Choosing_another_metric_and_k_rebinds_the_curves_and_the_table()
    {
        var cut = await RenderAsync(() => StoreCompletedAsync());
        cut.WaitForElement("[data-testid=lab-curve-chart]");
        var results = cut.FindComponent<RunResults>();

        await cut.InvokeAsync(() => results.Instance.Show(MetricNames.Recall, k: 1));

        cut.WaitForAssertion(() => Assert.Equal([0.22, 0.30, 0.42], cut.FindComponent<ColdStartCurveChart>().Instance.Traces.Cast<Scatter>().ElementAt(5).Y.Cast<double>()));
        Assert.Equal("0.1500± 0.0100", Text(cut, "lab-cell-balanced-ndcg-10"));
        Assert.Equal("+25.0 %", Text(cut, "lab-lift-balanced"));
    }

    [Fact]
    public async Task A_failed_run_shows_its_error_when_opened()
    {
        int failed = 0;
        var cut = await RenderAsync(async () =>
        {
            failed = await _runs.StartAsync(WorkspaceKinds.DefaultWorkspace, LabReports.Options);
            await _runs.FailAsync(failed, "Dataset 'sample' has too few users with positive interactions.");
        });
        Assert.Empty(cut.FindAll("[data-testid=lab-results]"));

        cut.Find($"[data-testid=lab-run-{failed}]").Click();

        cut.WaitForAssertion(() => Assert.Equal("This run failed: Dataset 'sample' has too few users with positive interactions.",
            Text(cut, "lab-run-message")));
        Assert.Empty(cut.FindAll("[data-testid=lab-curve-chart]"));
        Assert.Equal("failed", Text(cut, $"lab-run-status-{failed}"));
    }

    [Fact]
    public async Task A_run_interrupted_by_a_restart_is_listed_as_failed_interrupted()
    {
        int interrupted = 0;
        var cut = await RenderAsync(async () =>
        {
            interrupted = await _runs.StartAsync(WorkspaceKinds.DefaultWorkspace, LabReports.Options);
            await _runs.MarkInterruptedAsync();
        });

        Assert.Equal("failed (interrupted)", Text(cut, $"lab-run-status-{interrupted}"));
    }

    [Fact]
    public async Task Comparing_with_an_older_run_draws_its_curves_dashed_and_fills_the_comparison_table()
    {
        int older = 0;
        var cut = await RenderAsync(async () =>
        {
            older = await StoreCompletedAsync();
            await StoreCompletedAsync(shift: 0.02);
        });
        cut.WaitForElement("[data-testid=lab-curve-chart]");

        cut.Find($"[data-testid=lab-run-compare-{older}]").Click();

        cut.WaitForAssertion(() => Assert.Equal(8, cut.FindComponent<ColdStartCurveChart>().Instance.Traces.Count));
        var dashed = cut.FindComponent<ColdStartCurveChart>().Instance.Traces.Cast<Scatter>().Last();
        Assert.Equal(($"Balanced (run #{older})", "dash"), (dashed.Name, dashed.Line.Dash));
        Assert.Equal(LabReports.BalancedNdcg, dashed.Y.Cast<double>());
        Assert.Equal("−0.0200", Text(cut, "lab-difference-balanced"));
        Assert.Equal("+0.0000", Text(cut, "lab-difference-global-popularity"));
        Assert.Contains($"run #{older}", Text(cut, "lab-compared-chip"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pressing_run_queues_the_evaluation_which_shows_again_after_navigating_back_and_can_be_cancelled()
    {
        var cut = await RenderAsync();

        RunButton(cut).Click();

        var job = Assert.Single(_runner.Queued);
        Assert.Equal(WorkspaceKinds.DefaultWorkspace, job.Request.Workspace);
        Assert.Equal([0, 1, 3, 5], job.Request.KValues);
        Assert.Equal(["Balanced"], job.Request.Strategies.Select(s => s.Name));
        Assert.True(job.Request.Auto);
        cut.WaitForElement("[data-testid=lab-queued]");
        cut.Dispose();

        var again = Render<StrategyLabPage>();
        again.WaitForElement("[data-testid=lab-queued]").QuerySelector("button")!.Click();

        again.WaitForAssertion(() => Assert.Empty(again.FindAll("[data-testid=lab-queued]")));
        Assert.Equal(LabJobState.Cancelled, job.State);
    }

    [Fact]
    public async Task Ticking_auto_queues_a_run_that_tunes_auto_inside_each_fold_even_without_another_strategy()
    {
        var cut = await RenderAsync();

        cut.Find("[data-testid=lab-strategy-balanced]").Click();
        cut.Find("input[data-testid=lab-auto]").Change(false);
        cut.Find("input[data-testid=lab-auto]").Change(true);
        cut.WaitForAssertion(() => Assert.Empty(Errors(cut)));
        RunButton(cut).Click();

        var job = Assert.Single(_runner.Queued);
        Assert.True(job.Request.Auto);
        Assert.Empty(job.Request.Strategies);
        cut.WaitForAssertion(() => Assert.Contains("Queued: sample · Auto", cut.Find("[data-testid=lab-queued]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Tune_auto_on_a_dataset_too_small_to_tune_shows_the_reason_in_one_line_and_stores_nothing()
    {
        var cut = await RenderAsync();

        cut.Find("button[data-testid=lab-tune]").Click();

        cut.WaitForAssertion(() => Assert.EndsWith("The previous weights are kept.", Text(cut, "tune-error"), StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.Contains("Tuning needs at least 20 validation users", Text(cut, "tune-error"), StringComparison.Ordinal);
        Assert.False(cut.Find("button[data-testid=lab-tune]").HasAttribute("disabled"));
        Assert.Empty(cut.FindAll("[data-testid=tune-cancel]"));
        var contexts = _database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>();
        Assert.Null(await new StrategyStore(contexts).FindTuningAsync(WorkspaceKinds.DefaultWorkspace));
    }

    [Fact]
    public void A_finished_tuning_shows_what_it_stored_the_validation_table_and_the_notes()
    {
        var record = TunedStrategies.Tuning("sample");
        var job = new TuneJob("sample", () => { }, CancellationToken.None);
        job.Finish(LabJobState.Completed, new StoredStrategy(3, 2, TunedStrategies.Tuned, record));

        var cut = RenderInteractive<TuneAutoPanel>(p => p.Add(c => c.Job, job));

        Assert.Equal("Stored 'Auto · sample' (version 2), tuned on 42 validation users. Open it in Compare.",
            cut.Find("[data-testid=tune-stored] .mud-alert-message").TextContent.Trim());
        Assert.Equal("compare?strategy=Auto%20%C2%B7%20sample", cut.Find("[data-testid=tune-open-compare]").GetAttribute("href"));
        Assert.Equal(["2–3", "70", "0.0800", "0.1500"], cut.Find("[data-testid=tune-step-2-3]").QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.Equal(4, cut.FindAll("[data-testid=tune-validation] tbody tr").Count);
        Assert.Equal(record.Notes, cut.FindAll("[data-testid=tune-notes] li").Select(li => li.TextContent));
        Assert.Empty(cut.FindAll("[data-testid=tune-cancel]"));
    }

    private static IElement RunButton(IRenderedComponent<StrategyLabPage> cut) => cut.Find("button[data-testid=lab-run]");

    private static List<string> Errors(IRenderedComponent<StrategyLabPage> cut) =>
        [.. cut.FindAll("[data-testid=lab-form-error] .mud-alert-message").Select(e => e.TextContent.Trim())];

    private static string Text(IRenderedComponent<StrategyLabPage> cut, string testId) =>
        string.Concat(cut.Find($"[data-testid={testId}]").TextContent.Split('\n', StringSplitOptions.TrimEntries)).Trim();

    private static void AddK(IRenderedComponent<StrategyLabPage> cut, string value)
    {
        var field = cut.Find("[data-testid=lab-k-input]");
        (field.LocalName == "input" ? field : field.QuerySelector("input")!).Input(value);
        cut.Find("button[data-testid=lab-k-add]").Click();
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        _runner.Dispose();
        _tuning.Dispose();
        _freeText.Dispose();
        _encoders.Dispose();
        _tunable.Dispose();
        _database.Dispose();
    }

    [Fact]
    public async Task A_stored_simulation_is_listed_with_its_kind_opens_with_its_curves_and_compares_only_with_simulations()
    {
        int evaluation = 0, simulation = 0, second = 0;
        var cut = await RenderAsync(async () =>
        {
            evaluation = await StoreCompletedAsync();
            simulation = await _runs.StartSimulationAsync(WorkspaceKinds.DefaultWorkspace, SimulationReports.Settings);
            await _runs.CompleteAsync(simulation, SimulationReports.Create());
            second = await _runs.StartSimulationAsync(WorkspaceKinds.DefaultWorkspace, SimulationReports.Settings);
            await _runs.CompleteAsync(second, SimulationReports.Create());
        });

        Assert.Equal("simulation", cut.Find($"[data-testid=lab-run-kind-{simulation}]").TextContent.Trim());
        Assert.Equal("evaluation", cut.Find($"[data-testid=lab-run-kind-{evaluation}]").TextContent.Trim());
        Assert.Equal("40 sessions × 3 steps · exploration 0, 0.2 · seed 7 · fixed profile", cut.Find($"[data-testid=lab-run-details-{simulation}]").TextContent.Trim());
        Assert.Contains("only runs of the same kind can be compared", cut.Find("[data-testid=lab-runs-hint]").TextContent, StringComparison.Ordinal);

        cut.Find($"[data-testid=lab-run-{simulation}]").Click();
        cut.WaitForElement("[data-testid=lab-simulation-run]");

        Assert.Contains($"Run #{simulation}", cut.Find("[data-testid=lab-results-title]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=lab-results]")); // not read as an evaluation
        Assert.Equal(["sim-row-balanced-0", "sim-row-balanced-0.2"], cut.FindAll("[data-testid^=sim-row-]").Select(r => r.GetAttribute("data-testid")));
        var lines = cut.FindComponent<SimulationCurveChart>().Instance.Traces.OfType<Scatter>().ToList();
        Assert.Equal(["Balanced · exploration 0", "Balanced · exploration 0.2"], lines.Select(l => l.Name));
        Assert.Equal([0.1, 0.18, 0.24], lines[0].Y.Cast<double>().Select(y => Math.Round(y, 9))); // cumulative purchases from the stored curve
        Assert.True(cut.Find($"[data-testid=lab-run-compare-{evaluation}]").HasAttribute("disabled"));
        Assert.False(cut.Find($"[data-testid=lab-run-compare-{second}]").HasAttribute("disabled"));

        cut.Find($"[data-testid=lab-run-compare-{second}]").Click();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindComponents<SimulationCurveChart>().Count));
        Assert.Contains($"Compared: run #{second}", cut.Find("[data-testid=sim-results-title]").TextContent, StringComparison.Ordinal);

        cut.Find($"[data-testid=lab-run-{evaluation}]").Click();
        cut.WaitForElement("[data-testid=lab-results]");
        Assert.Empty(cut.FindAll("[data-testid=lab-simulation-run]"));
        Assert.True(cut.Find($"[data-testid=lab-run-compare-{simulation}]").HasAttribute("disabled"));
    }
}
