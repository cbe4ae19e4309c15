using Microsoft.AspNetCore.Components;
using Plotly.Blazor;

namespace ColdStart.Workbench.Components.Pages.Lab;

/// <summary>
/// A lab chart that redraws when what it shows changes: <see cref="Key"/> names that (the report and the choices);
/// a new key rebuilds the traces in place and, once the chart is on the page, sends them with React — Plotly never
/// re-renders by itself.
/// </summary>
/// <typeparam name="TKey">What the chart shows, compared by value.</typeparam>
public abstract class LabChart<TKey> : ComponentBase
{
    private TKey? _shown;
    private bool _hasShown;
    private bool _rendered;

    /// <summary>The traces bound to the chart (rebuilt in place).</summary>
    protected List<ITrace> Data { get; } = [];

    /// <summary>The Plotly component (set by the markup's @ref).</summary>
    protected PlotlyChart? Chart { get; set; }

    /// <summary>The traces as last bound (for tests and diagnostics).</summary>
    internal IReadOnlyList<ITrace> Traces => Data;

    /// <summary>What the chart shows now; the traces are rebuilt when it changes.</summary>
    protected abstract TKey Key { get; }

    /// <summary>The traces for <see cref="Key"/>.</summary>
    protected abstract IEnumerable<ITrace> BuildTraces();

    /// <summary>Adjusts the layout (axes, titles) for <see cref="Key"/>; nothing by default.</summary>
    protected virtual void UpdateLayout()
    {
    }

    protected override async Task OnParametersSetAsync()
    {
        var key = Key;
        if (_hasShown && EqualityComparer<TKey>.Default.Equals(key, _shown)) return;
        (_shown, _hasShown) = (key, true);
        Data.Clear();
        Data.AddRange(BuildTraces());
        UpdateLayout();
        if (_rendered && Chart is not null) await Chart.React();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender) _rendered = true;
    }
}
