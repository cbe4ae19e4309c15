using System.Globalization;
using ColdStart.Engine.Simulation;
using ColdStart.Workbench.Lab;
using Microsoft.AspNetCore.Components;
using Plotly.Blazor;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;
using PlotLayout = Plotly.Blazor.Layout;

namespace ColdStart.Workbench.Components.Pages.Lab;

/// <summary>
/// A simulation's curves over the steps, one line per strategy and exploration share: cumulative clicks or purchases
/// per session (running sums of the per-step means), cumulative reward with its 95 % bootstrap band, or the share of
/// exposure or of clicks going to new items at each step. Plotly never re-renders by itself, so new data is sent with React.
/// </summary>
public sealed partial class SimulationCurveChart
{
    private readonly PlotLayout _layout = LabChartSettings.CurveLayout();
    private readonly Plotly.Blazor.Config _config = LabChartSettings.Config("simulation-curves");

    [Parameter, EditorRequired] public SimulationReport Report { get; set; } = null!;
    [Parameter] public SimulationCurve Curve { get; set; } = SimulationCurve.CumulativePurchases;

    /// <summary>The Plotly element's id.</summary>
    [Parameter] public string ChartId { get; set; } = "sim-curve-chart";

    protected override (SimulationReport, SimulationCurve) Key => (Report, Curve);

    protected override IEnumerable<ITrace> BuildTraces() => Build(Report, Curve, new StrategyColors());

    protected override void UpdateLayout()
    {
        _layout.XAxis[0].Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = "step (lists shown so far)" };
        _layout.XAxis[0].TickMode = Plotly.Blazor.LayoutLib.XAxisLib.TickModeEnum.Auto;
        _layout.YAxis[0].Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = Label(Curve) };
    }

    /// <summary>The y-axis label of <paramref name="curve"/>.</summary>
    public static string Label(SimulationCurve curve) => curve switch
    {
        SimulationCurve.CumulativeClicks => "clicks per session so far",
        SimulationCurve.CumulativePurchases => "purchases per session so far",
        SimulationCurve.CumulativeReward => "reward per session so far (95% band)",
        SimulationCurve.NewExposure => "share of shown slots going to new items",
        SimulationCurve.NewClicks => "share of clicks going to new items",
        _ => throw new ArgumentOutOfRangeException(nameof(curve), curve, null),
    };

    /// <summary>The name of a row's line: strategy and exploration share.</summary>
    public static string RowName(SimulationRow row) =>
        string.Create(CultureInfo.InvariantCulture, $"{row.Strategy} · exploration {row.ExplorationShare:0.##}");

    /// <summary>Per row: (for cumulative reward, a lower and a filled upper band edge, then) the mean line.</summary>
    internal static IReadOnlyList<ITrace> Build(SimulationReport report, SimulationCurve curve, StrategyColors colors)
    {
        var traces = new List<ITrace>();
        foreach (var row in report.Rows)
        {
            string name = RowName(row);
            var steps = row.Curve.Select(p => (object)p.Step).ToList();
            string dash = row.ExplorationShare > 0 ? "dash" : "solid";
            if (curve == SimulationCurve.CumulativeReward)
            {
                traces.Add(Edge(name, steps, [.. row.Curve.Select(p => p.CumulativeReward.Lower)], colors.Of(row.Strategy), null));
                traces.Add(Edge(name, steps, [.. row.Curve.Select(p => p.CumulativeReward.Upper)], colors.Of(row.Strategy),
                    colors.Translucent(row.Strategy, row.ExplorationShare > 0 ? 0.10 : 0.18)));
            }
            traces.Add(new Scatter
            {
                Name = name,
                LegendGroup = name,
                X = steps,
                Y = [.. Values(row, curve).Select(v => (object)v)],
                Mode = ModeFlag.Lines | ModeFlag.Markers,
                Line = new Line { Color = colors.Of(row.Strategy), Width = 2.5m, Dash = dash },
                Marker = new Marker { Size = 5, Color = colors.Of(row.Strategy) },
                HoverTemplate = $"<b>{ColdStartCurveChart.Escape(name)}</b><br>step %{{x}}<br>%{{y:.3f}}<extra></extra>",
            });
        }
        return traces;
    }

    /// <summary>The values of <paramref name="curve"/> for <paramref name="row"/>, one per step.</summary>
    internal static IReadOnlyList<double> Values(SimulationRow row, SimulationCurve curve)
    {
        double sum = 0;
        return curve switch
        {
            SimulationCurve.CumulativeClicks => [.. row.Curve.Select(p => sum += p.Clicks.Mean)],
            SimulationCurve.CumulativePurchases => [.. row.Curve.Select(p => sum += p.Purchases.Mean)],
            SimulationCurve.CumulativeReward => [.. row.Curve.Select(p => p.CumulativeReward.Mean)],
            SimulationCurve.NewExposure => [.. row.Curve.Select(p => p.NewExposureShare)],
            SimulationCurve.NewClicks => [.. row.Curve.Select(p => p.NewClickShare)],
            _ => throw new ArgumentOutOfRangeException(nameof(curve), curve, null),
        };
    }

    private static Scatter Edge(string name, List<object> steps, double[] values, string color, string? fill) => new()
    {
        Name = $"{name} {(fill is null ? "lower" : "upper")} 95%",
        LegendGroup = name,
        ShowLegend = false,
        X = steps,
        Y = [.. values.Select(v => (object)v)],
        Mode = ModeFlag.Lines,
        Line = new Line { Width = 0, Color = color },
        Fill = fill is null ? FillEnum.None : FillEnum.ToNextY,
        FillColor = fill,
        HoverInfo = HoverInfoFlag.Skip,
    };
}
