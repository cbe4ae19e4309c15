using Plotly.Blazor;
using Plotly.Blazor.ConfigLib;

namespace ColdStart.Workbench.Components.Shared;

/// <summary>The Plotly config every chart of the workbench uses: responsive, no Plotly logo, PNG export named after the chart.</summary>
internal static class ChartConfig
{
    public static Config WithPngExport(string name, DisplayModeBarEnum modeBar) => new()
    {
        Responsive = true,
        DisplayLogo = false,
        DisplayModeBar = modeBar,
        ToImageButtonOptions = new Dictionary<string, object> { ["format"] = "png", ["filename"] = name, ["scale"] = 2 },
    };
}
