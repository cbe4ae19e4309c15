using System.Globalization;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Sensitivity;
using ColdStart.Workbench.Compare;
using ColdStart.Workbench.Components.Shared;
using Microsoft.AspNetCore.Components;
using Plotly.Blazor;
using Plotly.Blazor.ConfigLib;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;
using PlotLayout = Plotly.Blazor.Layout;

namespace ColdStart.Workbench.Components.Pages.Compare;

/// <summary>
/// Blend sensitivity of one Compare column (<see cref="BlendSensitivity.Sweep"/>): pick a weight or a two-way balance, see a bump
/// chart of the top items' ranks along it, a table of each item's in-top-K weights and, for a card's item, at what
/// weight it would reach #1 or leave the top K. Plotly never re-renders by itself: new traces go out with React.
/// </summary>
public sealed partial class SensitivityPanel
{
    private static readonly int[] KChoices = [5, 10, 20];

    /// <summary>Points drawn along the axis (the table's weights are exact; the chart samples the exact rank paths).</summary>
    internal const int ChartSteps = 201;

    /// <summary>At most this many items get a line in the chart (the table lists all).</summary>
    internal const int ChartItems = 15;

    private readonly List<ITrace> _data = [];
    private readonly PlotLayout _layout = NewLayout();
    private readonly Plotly.Blazor.Config _config = ChartConfig.WithPngExport("sensitivity", DisplayModeBarEnum.Hover);
    private PlotlyChart? _chart;
    private bool _rendered;
    private int _axis = 1;
    private int _k = 10;
    private BlendSweep? _sweep;
    private string? _error;
    private object? _shown;

    /// <summary>"Persona · strategy" of the column.</summary>
    [Parameter, EditorRequired] public string Title { get; set; } = "";

    /// <summary>Runs the sweep for an axis and K (the column's persona and working strategy).</summary>
    [Parameter, EditorRequired] public Func<SweepAxis, int, BlendSweep> Sweeper { get; set; } = null!;

    [Parameter, EditorRequired] public CatalogIndex Catalog { get; set; } = null!;

    /// <summary>The catalog index of the card's item the questions are about, or null.</summary>
    [Parameter] public int? FocusItem { get; set; }

    [Parameter] public EventCallback OnClose { get; set; }

    /// <summary>Changes when the column was re-ranked (e.g. a strategy edit): the sweep is then recomputed.</summary>
    [Parameter] public object? Revision { get; set; }

    /// <summary>The sweep as last computed (for tests).</summary>
    internal BlendSweep? Sweep => _sweep;

    internal IReadOnlyList<ITrace> Traces => _data;

    private RankPath? Focus => FocusItem is { } item ? _sweep?.PathOf(item) : null;

    protected override async Task OnParametersSetAsync()
    {
        var key = (Sweeper, Catalog, Revision);
        if (Equals(key, _shown)) return;
        _shown = key;
        await RecomputeAsync();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender) _rendered = true;
    }

    private Task AxisChanged(int axis)
    {
        _axis = axis;
        return RecomputeAsync();
    }

    private Task KChanged(int k)
    {
        _k = k;
        return RecomputeAsync();
    }

    private async Task RecomputeAsync()
    {
        try
        {
            _sweep = Sweeper(SensitivityAnswers.Axes[_axis], _k);
            _error = null;
        }
        catch (ArgumentException ex)
        {
            _sweep = null;
            _error = ex.Message;
        }
        _data.Clear();
        if (_sweep is { } sweep) _data.AddRange(Build(sweep, Catalog, _k));
        _layout.XAxis[0].Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = SensitivityAnswers.Axes[_axis].Label };
        _layout.YAxis[0].Range = [_k + 5.5m, 0.5m];
        if (_rendered && _chart is not null) await _chart.React();
    }

    /// <summary>One step line per item (rank against t, ranks below K + 5 left out), then a dashed marker of the weights in force.</summary>
    internal static List<ITrace> Build(BlendSweep sweep, CatalogIndex catalog, int k)
    {
        var traces = new List<ITrace>();
        var xs = Enumerable.Range(0, ChartSteps).Select(s => s / (double)(ChartSteps - 1)).ToArray();
        foreach (var path in sweep.Items.Take(ChartItems))
        {
            var item = catalog.Items[path.Index];
            traces.Add(new Scatter
            {
                Name = Shorten(item.Title),
                X = [.. xs.Cast<object>()],
                Y = [.. xs.Select(t => path.RankAt(t) is var r && r <= k + 5 ? (object)r : null!)],
                Mode = ModeFlag.Lines,
                Line = new Line { Shape = Plotly.Blazor.Traces.ScatterLib.LineLib.ShapeEnum.Hv, Width = 2 },
                HoverTemplate = string.Create(CultureInfo.InvariantCulture,
                    $"<b>{Escape(item.Title)}</b> ({Escape(item.Id)})<br>t = %{{x:.3f}}<br>rank %{{y}}<extra></extra>"),
            });
        }
        traces.Add(new Scatter
        {
            Name = "weights in force",
            X = [sweep.Current, sweep.Current],
            Y = [1, k + 5],
            Mode = ModeFlag.Lines,
            Line = new Line { Color = "#888888", Dash = "dash", Width = 1 },
            HoverInfo = HoverInfoFlag.Skip,
        });
        return traces;
    }

    private static PlotLayout NewLayout() => new()
    {
        Margin = new Margin { L = 10, R = 10, T = 10, B = 10 },
        HoverMode = HoverModeEnum.Closest,
        XAxis = [new XAxis { AutoMargin = Plotly.Blazor.LayoutLib.XAxisLib.AutoMarginFlag.True, Range = [0m, 1m], GridColor = "#eeeeee" }],
        YAxis = [new YAxis
        {
            Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = "rank" },
            AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True,
            DTick = 1,
            GridColor = "#eeeeee",
        }],
        Legend = [new Legend { Orientation = Plotly.Blazor.LayoutLib.LegendLib.OrientationEnum.H, Y = -0.25m, X = 0m }],
        PlotBgColor = "#ffffff",
        PaperBgColor = "#ffffff",
    };

    private string ItemLabel(int index) => $"{Catalog.Items[index].Title} ({Catalog.Items[index].Id})";

    private static string Shorten(string title) => title.Length <= 32 ? title : string.Concat(title.AsSpan(0, 31), "…");

    /// <summary>Plotly hover templates read HTML and %{…} variables; item text must not inject either.</summary>
    private static string Escape(string text) => System.Net.WebUtility.HtmlEncode(text).Replace("{", "&#123;", StringComparison.Ordinal);
}
