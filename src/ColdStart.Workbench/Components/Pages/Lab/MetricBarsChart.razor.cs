using ColdStart.Engine.Evaluation;
using ColdStart.Workbench.Lab;
using Microsoft.AspNetCore.Components;
using Plotly.Blazor;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.BarLib;
using PlotLayout = Plotly.Blazor.Layout;

namespace ColdStart.Workbench.Components.Pages.Lab;

/// <summary>
/// Every metric at one protocol and k: one small panel per metric (each with its own scale, since novelty is in bits and
/// the rest are shares), in each panel one bar per strategy and baseline with its 95% interval as an error bar.
/// </summary>
public sealed partial class MetricBarsChart
{
    private readonly PlotLayout _layout = LabChartSettings.BarsLayout(MetricNames.All.Count);
    private readonly Plotly.Blazor.Config _config = LabChartSettings.Config("metrics-at-k");

    [Parameter, EditorRequired] public EvaluationReport Report { get; set; } = null!;
    [Parameter, EditorRequired] public EvaluationProtocol Protocol { get; set; }

    /// <summary>Revealed interactions (new-user protocol); ignored for the new-item protocol.</summary>
    [Parameter] public int? K { get; set; }

    [Parameter, EditorRequired] public StrategyColors Colors { get; set; } = null!;

    protected override (EvaluationReport, EvaluationProtocol, int?) Key => (Report, Protocol, K);

    protected override IEnumerable<ITrace> BuildTraces() => Build(LabReportView.RowsAt(Report, Protocol, K), Colors);

    /// <summary>For each metric panel (in <see cref="MetricNames.All"/> order), one single-bar trace per row; the legend shows the first panel's.</summary>
    internal static IReadOnlyList<ITrace> Build(IReadOnlyList<EvaluationRow> rows, StrategyColors colors)
    {
        var traces = new List<ITrace>();
        for (int panel = 0; panel < MetricNames.All.Count; panel++)
        {
            string metric = MetricNames.All[panel];
            foreach (var row in rows)
            {
                if (!row.Metrics.TryGetValue(metric, out var value)) continue;
                traces.Add(new Bar
                {
                    Name = row.Strategy,
                    LegendGroup = row.Strategy,
                    ShowLegend = panel == 0,
                    X = [metric],
                    Y = [value.Mean],
                    XAxis = LabChartSettings.Axis('x', panel),
                    YAxis = LabChartSettings.Axis('y', panel),
                    Marker = new Marker { Color = colors.Of(row.Strategy) },
                    ErrorY = new ErrorY
                    {
                        Type = Plotly.Blazor.Traces.BarLib.ErrorYLib.TypeEnum.Data,
                        Symmetric = false,
                        Array = [value.Upper - value.Mean],
                        ArrayMinus = [value.Mean - value.Lower],
                        Thickness = 1,
                        Width = 2,
                        Color = "#616161",
                    },
                    HoverTemplate = $"<b>{ColdStartCurveChart.Escape(row.Strategy)}</b><br>%{{x}}: %{{y:.4f}}<extra></extra>",
                });
            }
        }
        return traces;
    }
}
