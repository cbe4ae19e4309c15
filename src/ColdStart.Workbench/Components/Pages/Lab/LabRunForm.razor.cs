using System.Globalization;
using ColdStart.Engine.Evaluation;
using ColdStart.Workbench.Lab;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace ColdStart.Workbench.Components.Pages.Lab;

/// <summary>
/// The lab's run form: dataset (with "Tune Auto" for it), protocol, strategies (saved ones and presets) and Auto tuned
/// inside each fold, k values as chips, folds and the popularity half-life. Every problem shows inline and disables Run;
/// a valid form raises <see cref="OnRun"/> with the request.
/// </summary>
public sealed partial class LabRunForm
{
    private string? _workspace;
    private ProtocolChoice _protocol = ProtocolChoice.NewUser;
    private IReadOnlyCollection<string> _selected = [];
    private List<int> _kValues = [.. LabRunRequest.DefaultKValues];
    private string? _kText;
    private string? _kTextError;
    private int _folds = LabRunRequest.DefaultFolds;
    private float _halfLife = LabRunRequest.DefaultPopularityHalfLifeDays;
    private bool _auto = true;
    private bool _initialised;

    internal enum ProtocolChoice
    {
        NewUser,
        NewItem,
        Both,
    }

    [Parameter, EditorRequired] public IReadOnlyList<string> Workspaces { get; set; } = [];

    /// <summary>The dataset selected when the form opens (if it is one of <see cref="Workspaces"/>).</summary>
    [Parameter] public string? DefaultWorkspace { get; set; }

    [Parameter, EditorRequired] public IReadOnlyList<LabStrategy> Strategies { get; set; } = [];

    /// <summary>A run is in progress (a new one queues).</summary>
    [Parameter] public bool Busy { get; set; }

    [Parameter] public EventCallback<LabRunRequest> OnRun { get; set; }

    /// <summary>Auto is being tuned (another "Tune Auto" must wait).</summary>
    [Parameter] public bool Tuning { get; set; }

    /// <summary>"Tune Auto" for the chosen dataset.</summary>
    [Parameter] public EventCallback<string> OnTune { get; set; }

    /// <summary>The request the form describes now.</summary>
    internal LabRunRequest Request => new(_workspace ?? "", Protocols(_protocol),
        [.. Strategies.Where(s => _selected.Contains(s.Name)).Select(s => s.Strategy)], [.. _kValues], _folds, _halfLife, _auto);

    /// <summary>What stops the run now: the request's problems and an unreadable k in the input.</summary>
    internal IReadOnlyList<string> Errors => _kTextError is null ? Request.Validate() : [.. Request.Validate(), _kTextError];

    protected override void OnParametersSet()
    {
        if (_workspace is null || !Workspaces.Contains(_workspace))
            _workspace = DefaultWorkspace is not null && Workspaces.Contains(DefaultWorkspace) ? DefaultWorkspace : Workspaces.Count > 0 ? Workspaces[0] : null;
        if (!_initialised && Strategies.Count > 0)
        {
            _initialised = true;
            var defaults = Strategies.Where(s => LabStrategies.DefaultSelection.Contains(s.Name)).Select(s => s.Name).ToList();
            _selected = defaults.Count > 0 ? defaults : [Strategies[0].Name];
        }
    }

    private void OnWorkspaceChanged(string workspace) => _workspace = workspace;

    private void OnStrategiesChanged(IReadOnlyCollection<string>? selected) => _selected = selected ?? [];

    private void RemoveK(MudBlazor.MudChip<int> chip) => _kValues.Remove(chip.Value);

    private void OnKeyDown(KeyboardEventArgs args)
    {
        if (args.Key == "Enter") AddK();
    }

    private void AddK()
    {
        var text = _kText?.Trim() ?? "";
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int k))
        {
            _kTextError = $"k must be a whole number; '{text}' is not one.";
            return;
        }
        _kTextError = null;
        _kText = null;
        if (!_kValues.Contains(k))
        {
            _kValues.Add(k);
            _kValues.Sort();
        }
    }

    private async Task RunAsync()
    {
        if (Errors.Count > 0) return;
        await OnRun.InvokeAsync(Request);
    }

    private async Task TuneAsync()
    {
        if (_workspace is { } workspace) await OnTune.InvokeAsync(workspace);
    }

    private static IReadOnlyList<EvaluationProtocol> Protocols(ProtocolChoice choice) => choice switch
    {
        ProtocolChoice.NewUser => [EvaluationProtocol.NewUser],
        ProtocolChoice.NewItem => [EvaluationProtocol.NewItem],
        _ => [EvaluationProtocol.NewUser, EvaluationProtocol.NewItem],
    };
}
