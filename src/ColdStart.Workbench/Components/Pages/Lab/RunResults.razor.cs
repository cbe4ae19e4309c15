using ColdStart.Data.Stores;
using ColdStart.Engine.Evaluation;
using ColdStart.Workbench.Lab;
using ColdStart.Workbench.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace ColdStart.Workbench.Components.Pages.Lab;

/// <summary>
/// One stored run: its error when it did not complete; otherwise the cold-start curve of the chosen metric, every metric
/// as bars at the chosen k, the results table, and — when a second run is chosen — its curves dashed and a side-by-side table.
/// </summary>
public sealed partial class RunResults
{
    private string _metric = MetricNames.Ndcg;
    private EvaluationProtocol _protocol;
    private IReadOnlyList<EvaluationProtocol> _protocols = [];
    private IReadOnlyList<int> _ks = [];
    private int _k;
    private StrategyColors _colors = new();
    private (StoredEvaluationRun, StoredEvaluationRun?)? _shown;

    [Parameter, EditorRequired] public StoredEvaluationRun Run { get; set; } = null!;

    /// <summary>A second completed run drawn dashed beside <see cref="Run"/>, or null.</summary>
    [Parameter] public StoredEvaluationRun? Compared { get; set; }

    [Parameter] public EventCallback OnClearCompare { get; set; }

    [Inject] private IJSRuntime JS { get; set; } = default!;

    private string? _exportMessage;

    /// <summary>"Export CSV": every row of the run's report (all protocols and k) with each metric's mean, interval and lift.</summary>
    private async Task ExportCsvAsync()
    {
        if (Report is not { } report) return;
        string name = LabCsv.FileName(Summary.Id, Summary.Workspace);
        try
        {
            await JS.DownloadTextAsync(name, "text/csv", LabCsv.Write(Summary.Id, report));
            _exportMessage = $"Exported {report.Rows.Count} rows as {name}.";
        }
        catch (Exception ex) when (ex is JSException or JSDisconnectedException or TaskCanceledException)
        {
            _exportMessage = $"The browser did not take the download: {ex.Message}";
        }
    }

    private EvaluationRunSummary Summary => Run.Summary;
    private EvaluationReport? Report => Run.Report;

    /// <summary>The k of the bars and the table: the chosen one for new users, none for new items.</summary>
    private int? K => _protocol == EvaluationProtocol.NewUser ? _k : null;

    private string Message => LabFormat.RunMessage(Summary);

    /// <summary>Shows <paramref name="metric"/> in the curve and the lift column, and the bars and table at <paramref name="k"/> (new-user protocol).</summary>
    internal void Show(string metric, int k)
    {
        if (MetricNames.All.Contains(metric)) _metric = metric;
        if (_ks.Contains(k)) _k = k;
        StateHasChanged();
    }

    protected override void OnParametersSet()
    {
        if (_shown is var (run, compared) && ReferenceEquals(run, Run) && ReferenceEquals(compared, Compared)) return;
        bool sameRun = _shown is var (previous, _) && previous.Summary.Id == Run.Summary.Id;
        _shown = (Run, Compared);
        _colors = new StrategyColors();
        if (Report is null) return;
        foreach (var row in Report.Rows) _colors.Of(row.Strategy);
        _protocols = LabReportView.Protocols(Report);
        _ks = LabReportView.KValues(Report);
        if (!sameRun || !_protocols.Contains(_protocol)) _protocol = _protocols.Count > 0 ? _protocols[0] : EvaluationProtocol.NewUser;
        if (!sameRun || !_ks.Contains(_k)) _k = _ks.Count > 0 ? _ks[^1] : 0;
    }
}
