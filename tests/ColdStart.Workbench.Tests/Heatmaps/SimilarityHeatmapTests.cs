using Bunit;
using ColdStart.Engine.Similarity;
using ColdStart.Workbench.Components.Pages.Heatmaps;
using ColdStart.Workbench.Tests.Components;
using Plotly.Blazor.ConfigLib;

namespace ColdStart.Workbench.Tests.Heatmaps;

public sealed class SimilarityHeatmapTests : BunitTestBase
{
    private const string PlotlyModule = "./_content/Plotly.Blazor/plotly-interop-7.2.0.js";

    private static readonly SimilarityMatrix Items = new("Items × items (semantic)", ["Trail tent", "Camp stove"], ["Trail tent", "Camp stove"],
        [[1f, 0.25f], [0.25f, 1f]]);

    private static readonly SimilarityMatrix Departments = new("Personas × departments (semantic)", ["Camper"], ["Kitchen", "Outdoor"],
        [[0.1f, 0.8f]]);

    [Fact]
    public void The_matrix_labels_and_values_are_bound_into_the_heatmap_trace()
    {
        JSInterop.SetupModule(PlotlyModule);

        var cut = RenderInteractive<SimilarityHeatmap>(p => p.Add(c => c.Matrix, Items).Add(c => c.TestId, "heatmap-items-semantic"));

        var trace = cut.Instance.Trace;
        Assert.Equal(["Trail tent", "Camp stove"], trace.X);
        Assert.Equal(["Trail tent", "Camp stove"], trace.Y);
        Assert.Equal(0.25f, ((float[])trace.Z[0])[1]);
        Assert.Equal(1f, ((float[])trace.Z[1])[1]);
        Assert.Contains("%{x}", trace.HoverTemplate, StringComparison.Ordinal);
        Assert.Contains("%{z", trace.HoverTemplate, StringComparison.Ordinal);
        Assert.NotNull(cut.Find("[data-testid=heatmap-items-semantic]"));
        Assert.NotNull(cut.Find("#heatmap-items-semantic"));
    }

    [Fact]
    public void A_new_matrix_replaces_the_trace_data_and_is_sent_to_plotly_with_react()
    {
        var module = JSInterop.SetupModule(PlotlyModule);
        var cut = RenderInteractive<SimilarityHeatmap>(p => p.Add(c => c.Matrix, Items).Add(c => c.TestId, "heatmap-departments-semantic"));
        int before = module.Invocations.Count(i => i.Identifier == "react");

        cut.Render(p => p.Add(c => c.Matrix, Departments));

        Assert.Equal(["Kitchen", "Outdoor"], cut.Instance.Trace.X);
        Assert.Equal(["Camper"], cut.Instance.Trace.Y);
        Assert.Equal(0.8f, ((float[])cut.Instance.Trace.Z[0])[1]);
        Assert.True(module.Invocations.Count(i => i.Identifier == "react") > before);
        module.VerifyInvoke("react");
    }

    [Fact]
    public void The_mode_bar_is_always_shown_and_exports_png()
    {
        var config = HeatmapChartSettings.Config("heatmap-items-semantic");

        Assert.Equal(DisplayModeBarEnum.True, config.DisplayModeBar);
        var options = Assert.IsType<Dictionary<string, object>>(config.ToImageButtonOptions);
        Assert.Equal("png", options["format"]);
        Assert.Equal("heatmap-items-semantic", options["filename"]);
    }
}
