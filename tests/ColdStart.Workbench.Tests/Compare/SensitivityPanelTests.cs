using Bunit;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Sensitivity;
using ColdStart.Engine.World;
using ColdStart.Workbench.Compare;
using ColdStart.Workbench.Components.Pages.Compare;
using ColdStart.Workbench.Tests.Components;
using Plotly.Blazor.Traces;

namespace ColdStart.Workbench.Tests.Compare;

public sealed class SensitivityPanelTests : BunitTestBase, IClassFixture<TinyModelFixture>
{
    private const string PlotlyModule = "./_content/Plotly.Blazor/plotly-interop-7.2.0.js";
    private readonly TinyModelFixture _model;

    public SensitivityPanelTests(TinyModelFixture model)
    {
        _model = model;
        JSInterop.SetupModule(PlotlyModule);
    }

    private CompareSession Session()
    {
        var session = new CompareSession(SamplePersonas.For(_model.World.Dataset), Strategy.Presets);
        session.Rank(_model.Snapshot);
        return session;
    }

    [Fact]
    public void The_panel_draws_one_line_per_top_item_and_lists_every_item_ever_in_the_top_k()
    {
        var session = Session();
        Func<SweepAxis, int, BlendSweep> sweeper = (axis, k) => session.Sweep(_model.Snapshot, 0, axis, k);

        var cut = RenderInteractive<SensitivityPanel>(p => p
            .Add(x => x.Title, "persona × Balanced")
            .Add(x => x.Sweeper, sweeper)
            .Add(x => x.Catalog, _model.Snapshot.Catalog));

        var sweep = cut.Instance.Sweep!;
        Assert.Equal(SweepAxis.Weight(ScorePart.Semantic), sweep.Axis);
        Assert.Equal(10, sweep.K);
        Assert.Equal(sweep.Items.Count, cut.FindAll("[data-testid=sensitivity-row]").Count);
        Assert.True(sweep.Items.Count >= 10);
        var lines = cut.Instance.Traces.OfType<Scatter>().ToList();
        Assert.Equal(Math.Min(SensitivityPanel.ChartItems, sweep.Items.Count) + 1, lines.Count);
        Assert.Equal(SensitivityPanel.ChartSteps, lines[0].X.Count);
        // Balanced has MMR (λ 0.2): the panel says the sweep ignores it.
        Assert.Contains(cut.FindAll("[data-testid=sensitivity-note]"), n => n.TextContent.Contains("MMR", StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("[data-testid=sensitivity-question]"));
    }

    [Fact]
    public void A_cards_item_gets_numbers_for_reaching_first_and_leaving_the_top_k()
    {
        var session = Session();
        var card = session.Results[0].Cards[3];
        Func<SweepAxis, int, BlendSweep> sweeper = (axis, k) => session.Sweep(_model.Snapshot, 0, axis, k);

        var cut = RenderInteractive<SensitivityPanel>(p => p
            .Add(x => x.Title, "persona × Balanced")
            .Add(x => x.Sweeper, sweeper)
            .Add(x => x.Catalog, _model.Snapshot.Catalog)
            .Add(x => x.FocusItem, card.Ranked.Index));

        var sweep = cut.Instance.Sweep!;
        var path = sweep.PathOf(card.Ranked.Index)!;
        Assert.Equal(SensitivityAnswers.ReachFirst(sweep, path), cut.Find("[data-testid=answer-first]").TextContent);
        Assert.Equal(SensitivityAnswers.LeaveTop(sweep, path, 10), cut.Find("[data-testid=answer-leave]").TextContent);
        Assert.Matches(@"\d\.\d{3}|never|whole axis|stays", cut.Find("[data-testid=answer-first]").TextContent + cut.Find("[data-testid=answer-leave]").TextContent);
    }

    [Fact]
    public void Choosing_a_balance_re_sweeps_along_it()
    {
        var session = Session();
        Func<SweepAxis, int, BlendSweep> sweeper = (axis, k) => session.Sweep(_model.Snapshot, 0, axis, k);
        var cut = RenderInteractive<SensitivityPanel>(p => p
            .Add(x => x.Title, "t")
            .Add(x => x.Sweeper, sweeper)
            .Add(x => x.Catalog, _model.Snapshot.Catalog));

        int balance = SensitivityAnswers.Axes.ToList().FindIndex(a => a.Other is not null);
        cut.InvokeAsync(() => cut.FindComponent<MudBlazor.MudSelect<int>>().Instance.ValueChanged.InvokeAsync(balance));

        cut.WaitForAssertion(() => Assert.Equal(SensitivityAnswers.Axes[balance], cut.Instance.Sweep!.Axis));
        Assert.Contains("↔", cut.Find("[data-testid=sensitivity-summary]").TextContent, StringComparison.Ordinal);
    }
}
