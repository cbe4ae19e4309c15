using ColdStart.Workbench.Components.Shared;
using Plotly.Blazor;
using Plotly.Blazor.ConfigLib;
using Plotly.Blazor.LayoutLib;
using PlotLayout = Plotly.Blazor.Layout;

namespace ColdStart.Workbench.Components.Pages.Heatmaps;

/// <summary>Plotly layout and config shared by the similarity heatmaps (mode bar on, PNG export named after the chart).</summary>
internal static class HeatmapChartSettings
{
    public static Config Config(string name) => ChartConfig.WithPngExport(name, DisplayModeBarEnum.True);

    public static PlotLayout Layout() => new()
    {
        Margin = new Margin { L = 10, R = 10, T = 60, B = 10 },
        XAxis = [new XAxis { AutoMargin = Plotly.Blazor.LayoutLib.XAxisLib.AutoMarginFlag.True, TickAngle = -45, DTick = 1, TickFont = new Plotly.Blazor.LayoutLib.XAxisLib.TickFont { Size = 10 } }],
        YAxis = [new YAxis { AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True, AutoRange = Plotly.Blazor.LayoutLib.YAxisLib.AutoRangeEnum.Reversed, DTick = 1, TickFont = new Plotly.Blazor.LayoutLib.YAxisLib.TickFont { Size = 10 } }],
    };
}
