using ColdStart.Workbench.Components.Shared;
using Plotly.Blazor;
using Plotly.Blazor.ConfigLib;
using Plotly.Blazor.LayoutLib;
using PlotLayout = Plotly.Blazor.Layout;

namespace ColdStart.Workbench.Components.Pages.Lab;

/// <summary>Plotly config and layouts of the lab's charts (mode bar with PNG export, legend below the plot).</summary>
internal static class LabChartSettings
{
    public static Config Config(string name) => ChartConfig.WithPngExport(name, DisplayModeBarEnum.Hover);

    /// <summary>Metric (y) against k (x), one tick per evaluated k.</summary>
    public static PlotLayout CurveLayout() => new()
    {
        Margin = new Margin { L = 10, R = 10, T = 10, B = 10 },
        HoverMode = HoverModeEnum.Closest,
        XAxis = [new XAxis
        {
            Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = "k = interactions the new user revealed" },
            TickMode = Plotly.Blazor.LayoutLib.XAxisLib.TickModeEnum.Array,
            AutoMargin = Plotly.Blazor.LayoutLib.XAxisLib.AutoMarginFlag.True,
            ZeroLine = false,
        }],
        YAxis = [new YAxis
        {
            AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True,
            RangeMode = Plotly.Blazor.LayoutLib.YAxisLib.RangeModeEnum.ToZero,
            GridColor = "#eeeeee",
        }],
        Legend = [new Legend { Orientation = Plotly.Blazor.LayoutLib.LegendLib.OrientationEnum.H, Y = -0.22m, X = 0m }],
        PlotBgColor = "#ffffff",
        PaperBgColor = "#ffffff",
    };

    /// <summary>One small panel per metric side by side (independent y axes), bars grouped by strategy within each panel.</summary>
    public static PlotLayout BarsLayout(int panels)
    {
        var layout = new PlotLayout
        {
            Margin = new Margin { L = 10, R = 10, T = 10, B = 10 },
            BarMode = BarModeEnum.Group,
            BarGap = 0.1m,
            Grid = new Grid { Rows = 1, Columns = panels, Pattern = Plotly.Blazor.LayoutLib.GridLib.PatternEnum.Independent, XGap = 0.35m },
            Legend = [new Legend { Orientation = Plotly.Blazor.LayoutLib.LegendLib.OrientationEnum.H, Y = -0.12m, X = 0m }],
            XAxis = [],
            YAxis = [],
            PlotBgColor = "#ffffff",
            PaperBgColor = "#ffffff",
        };
        for (int i = 0; i < panels; i++)
        {
            layout.XAxis.Add(new XAxis { AutoMargin = Plotly.Blazor.LayoutLib.XAxisLib.AutoMarginFlag.True, TickFont = new Plotly.Blazor.LayoutLib.XAxisLib.TickFont { Size = 12 } });
            layout.YAxis.Add(new YAxis
            {
                AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True,
                RangeMode = Plotly.Blazor.LayoutLib.YAxisLib.RangeModeEnum.ToZero,
                GridColor = "#eeeeee",
                TickFont = new Plotly.Blazor.LayoutLib.YAxisLib.TickFont { Size = 10 },
            });
        }
        return layout;
    }

    /// <summary>Axis reference of panel <paramref name="index"/> (0-based): "x", "x2", … (or "y", "y2", …).</summary>
    public static string Axis(char axis, int index) => index == 0 ? axis.ToString() : $"{axis}{index + 1}";
}
