using ColdStart.Engine.Scoring;
using ColdStart.Workbench.Lab;
using Microsoft.AspNetCore.Components;

namespace ColdStart.Workbench.Components.Pages.Lab;

/// <summary>
/// The lab's Simulation tab: starts the background <see cref="LabSimulations"/> on the active workspace and follows
/// its <see cref="WorkspaceJobRunner{TJob}.Changed"/> events (the running job is still shown after navigating away and back).
/// </summary>
public sealed partial class SimulationPanel : IDisposable
{
    private IReadOnlyCollection<string> _selected = [];
    private bool _auto;
    private int _sessions = 100;
    private int _steps = 10;
    private string _shares = "0, 0.2";
    private string? _formError;

    [Inject] private LabSimulations Simulations { get; set; } = null!;

    /// <summary>The workspace simulated: the active one.</summary>
    [Parameter, EditorRequired] public string Workspace { get; set; } = "";

    /// <summary>The strategies offered (the lab's).</summary>
    [Parameter] public IReadOnlyList<LabStrategy> Strategies { get; set; } = [];

    private SimulationJob? Job => Simulations.Latest;

    protected override void OnInitialized()
    {
        Simulations.Changed += OnChanged;
        _selected = [.. LabStrategies.DefaultSelection];
    }

    public void Dispose() => Simulations.Changed -= OnChanged;

    private void OnChanged() => _ = InvokeAsync(StateHasChanged);

    private void Run()
    {
        var (shares, error) = SimulationRequest.ParseShares(_shares);
        if (shares is null)
        {
            _formError = error;
            return;
        }
        var strategies = Strategies.Where(s => _selected.Contains(s.Name)).Select(s => s.Strategy).ToList<Strategy>();
        var request = new SimulationRequest(Workspace, strategies, _auto, _sessions, _steps, shares);
        if (request.Validate() is { Count: > 0 } problems)
        {
            _formError = string.Join(" ", problems);
            return;
        }
        try
        {
            Simulations.Start(request);
            _formError = null;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            _formError = ex.Message;
        }
    }
}
