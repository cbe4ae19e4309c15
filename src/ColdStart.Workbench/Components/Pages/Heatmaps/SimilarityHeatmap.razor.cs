using ColdStart.Engine.Similarity;
using Microsoft.AspNetCore.Components;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using PlotLayout = Plotly.Blazor.Layout;
using Plotly.Blazor.Traces;

namespace ColdStart.Workbench.Components.Pages.Heatmaps;

/// <summary>
/// One Plotly heatmap of a <see cref="SimilarityMatrix"/>: labels on both axes, names and value on hover, and the mode
/// bar's "download as PNG". The chart never re-renders itself, so a new matrix is written into the trace and sent with
/// <see cref="PlotlyChart.React"/>.
/// </summary>
public sealed partial class SimilarityHeatmap
{
    private readonly HeatMap _trace = new()
    {
        ColorScale = "RdBu",
        ReverseScale = true,
        ZMin = -1m,
        ZMax = 1m,
        HoverTemplate = "%{y}<br>%{x}<br>cosine %{z:.3f}<extra></extra>",
    };

    private IList<ITrace> _data = [];
    private PlotLayout _layout = new();
    private Config _config = new();
    private PlotlyChart? _chart;
    private SimilarityMatrix? _shown;
    private bool _rendered;

    /// <summary>The matrix to draw.</summary>
    [Parameter, EditorRequired] public SimilarityMatrix Matrix { get; set; } = null!;

    /// <summary>Element id and data-testid of the chart, e.g. "heatmap-items-semantic".</summary>
    [Parameter, EditorRequired] public string TestId { get; set; } = "";

    /// <summary>The trace as last bound (for tests and diagnostics).</summary>
    internal HeatMap Trace => _trace;

    protected override void OnInitialized()
    {
        _data = [_trace];
        _config = HeatmapChartSettings.Config(TestId);
        _layout = HeatmapChartSettings.Layout();
    }

    protected override async Task OnParametersSetAsync()
    {
        if (ReferenceEquals(Matrix, _shown)) return;
        Bind(Matrix);
        if (_rendered && _chart is not null) await _chart.React();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender) _rendered = true;
    }

    private void Bind(SimilarityMatrix matrix)
    {
        _shown = matrix;
        _trace.Name = matrix.Title;
        _trace.X = [.. matrix.ColumnLabels];
        _trace.Y = [.. matrix.RowLabels];
        var z = new List<object>(matrix.Rows);
        foreach (var row in matrix.Values) z.Add(row);
        _trace.Z = z;
        _layout.Title = new Title { Text = matrix.Title, X = 0.01m, XAnchor = Plotly.Blazor.LayoutLib.TitleLib.XAnchorEnum.Left, Y = 0.98m, YAnchor = Plotly.Blazor.LayoutLib.TitleLib.YAnchorEnum.Top };
    }
}
