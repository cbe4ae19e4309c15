using System.Globalization;
using ColdStart.Engine.Evaluation;
using ColdStart.Workbench.Lab;
using Microsoft.AspNetCore.Components;
using Plotly.Blazor;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;
using PlotLayout = Plotly.Blazor.Layout;

namespace ColdStart.Workbench.Components.Pages.Lab;

/// <summary>
/// The cold-start curve: one metric against k (new-user protocol) per strategy and baseline, each with its 95% bootstrap
/// interval as a shaded band (a lower trace, then an upper trace filled down to it). A compared run's curves are dashed,
/// without bands. Plotly never re-renders by itself, so new data is written into the traces and sent with React.
/// </summary>
public sealed partial class ColdStartCurveChart
{
    private readonly PlotLayout _layout = LabChartSettings.CurveLayout();
    private readonly Plotly.Blazor.Config _config = LabChartSettings.Config("cold-start-curve");

    [Parameter, EditorRequired] public EvaluationReport Report { get; set; } = null!;

    /// <summary>A second run drawn dashed for comparison, or null.</summary>
    [Parameter] public EvaluationReport? Compared { get; set; }

    /// <summary>Appended to the compared run's trace names, e.g. "run #12".</summary>
    [Parameter] public string ComparedLabel { get; set; } = "compared";

    [Parameter, EditorRequired] public string Metric { get; set; } = MetricNames.Ndcg;
    [Parameter, EditorRequired] public StrategyColors Colors { get; set; } = null!;

    protected override (EvaluationReport, EvaluationReport?, string) Key => (Report, Compared, Metric);

    protected override IEnumerable<ITrace> BuildTraces() => Build(Report, Compared, ComparedLabel, Metric, Colors);

    protected override void UpdateLayout()
    {
        var ks = LabReportView.KValues(Report).Union(Compared is null ? [] : LabReportView.KValues(Compared)).Order();
        _layout.XAxis[0].TickVals = [.. ks.Cast<object>()];
        _layout.YAxis[0].Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = Metric };
    }

    /// <summary>For each curve of <paramref name="report"/>: lower band edge, upper band edge (filled), mean; then the compared run's means, dashed.</summary>
    internal static IReadOnlyList<ITrace> Build(EvaluationReport report, EvaluationReport? compared, string comparedLabel, string metric, StrategyColors colors)
    {
        var traces = new List<ITrace>();
        foreach (var curve in LabReportView.Curves(report, metric))
        {
            traces.Add(BandEdge(curve, colors, upper: false));
            traces.Add(BandEdge(curve, colors, upper: true));
            traces.Add(Mean(curve, curve.Strategy, colors, dash: null));
        }
        if (compared is not null)
        {
            foreach (var curve in LabReportView.Curves(compared, metric))
                traces.Add(Mean(curve, $"{curve.Strategy} ({comparedLabel})", colors, dash: "dash"));
        }
        return traces;
    }

    private static Scatter BandEdge(ColdStartCurve curve, StrategyColors colors, bool upper) => new()
    {
        Name = $"{curve.Strategy} {(upper ? "upper" : "lower")} 95%",
        LegendGroup = curve.Strategy,
        ShowLegend = false,
        X = [.. curve.K.Cast<object>()],
        Y = [.. curve.Points.Select(p => (object)(upper ? p.Upper : p.Lower))],
        Mode = ModeFlag.Lines,
        Line = new Line { Width = 0, Color = colors.Of(curve.Strategy) },
        Fill = upper ? FillEnum.ToNextY : FillEnum.None,
        FillColor = upper ? colors.Translucent(curve.Strategy, curve.Baseline ? 0.10 : 0.18) : null,
        HoverInfo = HoverInfoFlag.Skip,
    };

    private static Scatter Mean(ColdStartCurve curve, string name, StrategyColors colors, string? dash) => new()
    {
        Name = name,
        LegendGroup = dash is null ? curve.Strategy : name,
        X = [.. curve.K.Cast<object>()],
        Y = [.. curve.Points.Select(p => (object)p.Mean)],
        CustomData = [.. curve.Points.Select(p => (object)new[] { p.Lower, p.Upper })],
        Mode = ModeFlag.Lines | ModeFlag.Markers,
        Line = new Line { Color = colors.Of(curve.Strategy), Width = curve.Baseline ? 1.5m : 3m, Dash = dash ?? "solid" },
        Marker = new Marker { Size = curve.Baseline ? 5 : 8, Color = colors.Of(curve.Strategy) },
        HoverTemplate = string.Create(CultureInfo.InvariantCulture,
            $"<b>{Escape(name)}</b><br>k = %{{x}}<br>%{{y:.4f}} (95% CI %{{customdata[0]:.4f}} – %{{customdata[1]:.4f}})<extra></extra>"),
    };

    /// <summary>Plotly hover templates read HTML and %{…} variables; a strategy name must not inject either.</summary>
    internal static string Escape(string text) =>
        System.Net.WebUtility.HtmlEncode(text).Replace("{", "&#123;", StringComparison.Ordinal);
}
