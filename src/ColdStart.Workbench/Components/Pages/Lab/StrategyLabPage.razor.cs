using ColdStart.Data;
using ColdStart.Data.Entities;
using ColdStart.Data.Storage;
using ColdStart.Data.Stores;
using ColdStart.Workbench.Datasets;
using ColdStart.Workbench.Lab;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace ColdStart.Workbench.Components.Pages.Lab;

/// <summary>
/// The strategy lab: a form that queues evaluations in the background <see cref="EvaluationRunner"/>, the running run's
/// progress (still there after navigating away and back), the stored runs, and the open run's charts and tables, with a
/// second run to compare against; and "Tune Auto" for a dataset in the background <see cref="AutoTuning"/>. The runs list
/// holds simulations too (<see cref="LabSimulations"/>, listed as they are stored and finish): opening one redraws its
/// table and curves from the stored report, and only runs of the same kind can be compared.
/// </summary>
public sealed partial class StrategyLabPage
{
    private IReadOnlyList<string> _workspaces = [];
    private IReadOnlyList<LabStrategy> _strategies = [];
    private IReadOnlyList<EvaluationRunSummary> _runs = [];
    private StoredEvaluationRun? _open;
    private StoredEvaluationRun? _compared;
    private LabJob? _followed;
    private string? _error;

    [Inject] private EvaluationRunner Runner { get; set; } = null!;
    [Inject] private AutoTuning Tuner { get; set; } = null!;
    [Inject] private LabSimulations Simulations { get; set; } = null!;
    [Inject] private EvaluationRunStore Runs { get; set; } = null!;
    [Inject] private LabStrategies StrategySource { get; set; } = null!;
    [Inject] private WorldStore Worlds { get; set; } = null!;
    [Inject] private IOptions<DataOptions> DataOptions { get; set; } = null!;
    [Inject] private IDialogService Dialogs { get; set; } = null!;
    [Inject] private ILogger<StrategyLabPage> Logger { get; set; } = null!;
    [Inject] private IServiceProvider Services { get; set; } = null!;

    /// <summary>The workspace the pages work on (the configured default where no <see cref="ActiveWorkspace"/> is registered).</summary>
    private string ActiveWorkspaceName => Services.GetService<ActiveWorkspace>()?.Name ?? DataOptions.Value.DefaultWorkspace;

    protected override async Task OnInitializedAsync()
    {
        Runner.Changed += OnRunnerChanged;
        Tuner.Changed += OnTunerChanged;
        Simulations.Changed += OnSimulationsChanged;
        _followed = Runner.Active;
        try
        {
            _workspaces = await Worlds.ListWorkspacesAsync();
            _strategies = await StrategySource.ListAsync();
            _runs = await Runs.ListAsync();
            if (_runs.FirstOrDefault(r => r.Status == EvaluationRunStatus.Completed) is { } latest) _open = await Runs.FindAsync(latest.Id);
        }
        catch (Exception ex) when (ex is InvalidOperationException or InvalidDataException or IOException or Microsoft.Data.Sqlite.SqliteException)
        {
            Logger.LogError(ex, "The strategy lab could not read the store");
            _error = $"The strategy lab could not read the store: {ex.Message}";
        }
    }

    public void Dispose()
    {
        Runner.Changed -= OnRunnerChanged;
        Tuner.Changed -= OnTunerChanged;
        Simulations.Changed -= OnSimulationsChanged;
    }

    /// <summary>A simulation was stored or finished: list it (its row shows the kind; opening it redraws its curves).</summary>
    private void OnSimulationsChanged()
    {
        if (Simulations.Latest is not { RunId: { } id } job) return;
        var listed = _runs.FirstOrDefault(r => r.Id == id);
        bool finished = job.IsFinished && listed is { Status: EvaluationRunStatus.Running };
        if (listed is not null && !finished) return;
        _ = InvokeAsync(async () =>
        {
            try
            {
                _runs = await Runs.ListAsync();
                if (finished && _open?.Summary.Id == id) _open = await Runs.FindAsync(id);
            }
            catch (Exception ex) when (ex is InvalidOperationException or InvalidDataException or Microsoft.Data.Sqlite.SqliteException)
            {
                Logger.LogError(ex, "The strategy lab could not list its runs");
            }
            StateHasChanged();
        });
    }

    private void OnTunerChanged() => _ = InvokeAsync(StateHasChanged);

    private void Tune(string workspace)
    {
        try
        {
            Tuner.Start(workspace);
            _error = null;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            _error = ex.Message;
        }
    }

    private void CancelTuning(Guid job) => Tuner.Cancel(job);

    private void OnRunnerChanged() => _ = InvokeAsync(async () =>
    {
        var followed = _followed ??= Runner.Active;
        bool started = followed?.RunId is { } id && !_runs.Any(r => r.Id == id);
        if (followed is { IsFinished: true })
        {
            _followed = Runner.Active;
            _runs = await Runs.ListAsync();
            if (followed.RunId is { } finished) await OpenAsync(finished);
            else if (followed.State == LabJobState.Failed) _error = $"The evaluation could not start: {followed.Error}";
        }
        else if (started)
        {
            _runs = await Runs.ListAsync();
        }
        StateHasChanged();
    });

    private void Run(LabRunRequest request)
    {
        try
        {
            var job = Runner.Enqueue(request);
            _followed ??= job;
            _error = null;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            _error = ex.Message;
        }
    }

    private void Cancel(Guid job) => Runner.Cancel(job);

    private async Task OpenAsync(int id)
    {
        _open = await Runs.FindAsync(id);
        if (_compared?.Summary.Id == id || _compared?.Summary.Kind != _open?.Summary.Kind) _compared = null;
    }

    private async Task CompareAsync(int id)
    {
        var compared = _compared?.Summary.Id == id ? null : await Runs.FindAsync(id);
        _compared = compared is null || compared.Summary.Kind == _open?.Summary.Kind ? compared : null;
    }

    private async Task DeleteAsync(int id)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync("Delete run", $"Delete run #{id} and its results? This cannot be undone.",
            yesText: "Delete", cancelText: "Cancel");
        if (confirmed != true) return;
        await Runs.DeleteAsync(id);
        if (_open?.Summary.Id == id) _open = null;
        if (_compared?.Summary.Id == id) _compared = null;
        _runs = await Runs.ListAsync();
    }
}
