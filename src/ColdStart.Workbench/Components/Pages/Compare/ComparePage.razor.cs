using ColdStart.Data.Stores;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Training;
using ColdStart.Workbench.Compare;
using ColdStart.Workbench.Modeling;
using ColdStart.Workbench.Personas;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ColdStart.Workbench.Components.Pages.Compare;

/// <summary>
/// Compare: 2–4 columns of persona × strategy side by side, with a strategy editor whose every change re-ranks all
/// columns at once (synchronously, in the event handler). Ranking lives in <see cref="CompareSession"/>.
/// </summary>
public sealed partial class ComparePage : IDisposable
{
    private static readonly int[] TopNChoices = [10, 20, 50];

    [Inject] private ILiveModel Live { get; set; } = default!;
    [Inject] private PersonaSource PersonaSource { get; set; } = default!;
    [Inject] private StrategyStore StrategyStore { get; set; } = default!;
    [Inject] private ILogger<ComparePage> Logger { get; set; } = default!;

    /// <summary><c>/compare?persona=Name</c>: the persona the first column shows (e.g. from the Personas page).</summary>
    [SupplyParameterFromQuery(Name = "persona")]
    public string? PersonaQuery { get; set; }

    private readonly Dictionary<string, StoredStrategy> _rows = new(StringComparer.Ordinal);
    private readonly HashSet<string> _dirty = new(StringComparer.Ordinal);
    private CompareSession? _session;
    private string? _editing;
    private string? _loadError;
    private string? _loadedWorkspace;
    private ModelSnapshot? _rankedOn;
    private IReadOnlyList<string> _strategyNames = [];
    private IReadOnlyList<string> _tags = [];
    private IReadOnlyList<string> _departments = [];
    private string? _message;
    private Severity _messageSeverity = Severity.Info;
    private bool _canReload;

    protected override async Task OnInitializedAsync()
    {
        Live.Changed += OnLiveChanged;
        if (Live.Current is null) return; // personas are read once the model (and so the workspace) is ready
        await LoadAsync();
        RankIfReady(force: true);
    }

    private async Task LoadAsync()
    {
        _loadedWorkspace = Live.Workspace;
        try
        {
            var personas = await PersonaSource.ForWorkspaceAsync(_loadedWorkspace);
            var stored = await StrategyStore.ListAsync();
            _rows.Clear();
            _dirty.Clear();
            foreach (var row in stored) _rows[row.Strategy.Name] = row;
            var strategies = stored.Count > 0 ? stored.Select(s => s.Strategy).ToList() : [.. Strategy.Presets];
            if (personas.Count == 0)
            {
                _loadError = PersonaSource.NoPersonasMessage(_loadedWorkspace);
                _session = null;
                return;
            }
            _session = new CompareSession(personas, strategies);
            if (PersonaQuery is { } wanted && _session.PersonaNames.Contains(wanted, StringComparer.Ordinal)) _session.ShowFirst(wanted);
            _editing = _session.Columns[0].StrategyName;
            _strategyNames = [.. _session.StrategyNames];
            _loadError = null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or InvalidDataException or Microsoft.Data.Sqlite.SqliteException)
        {
            Logger.LogError(ex, "Loading personas and strategies of {Workspace} failed", _loadedWorkspace);
            _loadError = $"Loading the personas and strategies of '{_loadedWorkspace}' failed: {ex.Message}";
            _session = null;
        }
    }

    private void RankIfReady(bool force)
    {
        var snapshot = Live.Current;
        if (snapshot is null || _session is null || (!force && ReferenceEquals(snapshot, _rankedOn))) return;
        if (!ReferenceEquals(snapshot.Catalog, _rankedOn?.Catalog))
        {
            _tags = [.. snapshot.Catalog.Tags.All.Select(t => t.Tag)];
            _departments = snapshot.Catalog.Departments;
        }
        _session.Rank(snapshot);
        _rankedOn = snapshot;
    }

    private void OnLiveChanged() => _ = InvokeAsync(async () =>
    {
        bool load = Live.Current is not null && ((_session is null && _loadError is null) || Live.Workspace != _loadedWorkspace);
        if (load) await LoadAsync();
        RankIfReady(force: load);
        StateHasChanged();
    });

    private ColumnResult ResultOf(int index) =>
        _session!.Results.Count > index ? _session.Results[index] : ColumnResult.Failed("Not ranked yet.");

    private void Rerank() => RankIfReady(force: true);

    /// <summary>The workspace a strategy was tuned on (its stored tuning record), or null for a strategy that was not tuned.</summary>
    private string? TunedOn(string strategy) => _rows.TryGetValue(strategy, out var row) ? row.Tuning?.Workspace : null;

    private void AddColumn()
    {
        _session!.AddColumn();
        Rerank();
    }

    private void RemoveColumn(int index)
    {
        _session!.RemoveColumn(index);
        Rerank();
    }

    private void TopNChanged(int n)
    {
        _session!.TopN = n;
        Rerank();
    }

    private void Select(string name)
    {
        _editing = name;
        ClearMessage();
    }

    private void Edited(Strategy updated)
    {
        _session!.UpdateStrategy(_editing!, updated);
        _dirty.Add(_editing!);
        Rerank();
    }

    private void Pin((int Column, CompareCard Card) action)
    {
        _session!.Pin(action.Column, action.Card);
        MarkEdited(action.Column, $"Pinned {action.Card.ItemId} at #{action.Card.Ranked.Rank}.");
    }

    private void Bury((int Column, CompareCard Card) action)
    {
        _session!.Bury(action.Column, action.Card);
        MarkEdited(action.Column, $"Burying items tagged “{action.Card.Ranked.Item.Tags[0]}”.");
    }

    private void MarkEdited(int column, string message)
    {
        _editing = _session!.Columns[column].StrategyName;
        _dirty.Add(_editing);
        Show(message + $" Strategy '{_editing}' has unsaved changes.", Severity.Info);
        Rerank();
    }

    private void Show(string? message, Severity severity, bool canReload = false)
    {
        _message = message;
        _messageSeverity = severity;
        _canReload = canReload;
    }

    private void ClearMessage() => Show(null, Severity.Info);

    public void Dispose() => Live.Changed -= OnLiveChanged;
}
