using ColdStart.Data.Stores;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Sensitivity;
using ColdStart.Engine.Training;
using ColdStart.Workbench.Compare;
using ColdStart.Workbench.Components.Shared;
using ColdStart.Workbench.Export;
using ColdStart.Workbench.Personas;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace ColdStart.Workbench.Components.Pages.Compare;

/// <summary>
/// Compare: 2–4 columns of persona × strategy side by side, with a strategy editor whose every change re-ranks all
/// columns at once (synchronously, in the event handler). Ranking lives in <see cref="CompareSession"/>.
/// </summary>
public sealed partial class ComparePage
{
    private static readonly int[] TopNChoices = [10, 20, 50];

    [Inject] private PersonaSource PersonaSource { get; set; } = default!;
    [Inject] private StrategyStore StrategyStore { get; set; } = default!;
    [Inject] private ILogger<ComparePage> Logger { get; set; } = default!;
    [Inject] private CompareDrafts Drafts { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;

    /// <summary><c>/compare?persona=Name</c>: the persona the first column shows (e.g. from the Personas page).</summary>
    [SupplyParameterFromQuery(Name = "persona")]
    public string? PersonaQuery { get; set; }

    /// <summary><c>/compare?persona=Name&amp;strategy=S</c>: the strategy the first column shows (e.g. from the grid).</summary>
    [SupplyParameterFromQuery(Name = "strategy")]
    public string? StrategyQuery { get; set; }

    private readonly Dictionary<string, StoredStrategy> _rows = new(StringComparer.Ordinal);

    /// <summary>The saved version of each strategy (stored row, or the preset when nothing is stored): "unsaved" compares against it.</summary>
    private readonly Dictionary<string, Strategy> _saved = new(StringComparer.Ordinal);
    private CompareSession? _session;
    private string? _editing;
    private string? _loadError;
    private string? _loadedWorkspace;
    private ModelSnapshot? _rankedOn;
    private IReadOnlyList<string> _strategyNames = [];
    private IReadOnlyList<string> _tags = [];
    private IReadOnlyList<string> _departments = [];
    private Func<string, string?>? _titleOf;
    private string? _message;
    private Severity _messageSeverity = Severity.Info;
    private bool _canReload;
    private bool _compact;

    protected override async Task OnInitializedAsync()
    {
        if (Model.Current is null) return; // personas are read once the model (and so the workspace) is ready
        await LoadAsync();
        RankIfReady(force: true);
    }

    private async Task LoadAsync()
    {
        _loadedWorkspace = Model.Workspace;
        try
        {
            var personas = await PersonaSource.ForWorkspaceAsync(_loadedWorkspace);
            var stored = await StrategyStore.ListAsync();
            _rows.Clear();
            _saved.Clear();
            foreach (var row in stored) _rows[row.Strategy.Name] = row;
            var strategies = StrategyChoices.Of(stored);
            foreach (var strategy in strategies) _saved[strategy.Name] = strategy;
            if (personas.Count == 0)
            {
                _loadError = PersonaSource.NoPersonasMessage(_loadedWorkspace);
                _session = null;
                return;
            }
            _session = new CompareSession(personas, strategies);
            _editing = _session.Columns[0].StrategyName;
            RestoreDrafts();
            if (Drafts.RankedOf(_loadedWorkspace) is { } ranked) _session.Resume(ranked.Keys, ranked.Results);
            string? boardMessage = BoardQuery is { Length: > 0 } board ? await OpenBoardAsync(board) : null;
            if (PersonaQuery is { } wanted && _session.PersonaNames.Contains(wanted, StringComparer.Ordinal)) _session.ShowFirst(wanted);
            if (StrategyQuery is { } wantedStrategy && _session.StrategyNames.Contains(wantedStrategy, StringComparer.Ordinal))
                _session.Columns[0].StrategyName = _editing = wantedStrategy;
            _strategyNames = [.. _session.StrategyNames];
            _loadError = null;
            if (StrategyQuery is { } asked && !_session.StrategyNames.Contains(asked, StringComparer.Ordinal))
                Show($"There is no strategy named '{asked}'" + (asked.StartsWith(Strategy.AutoName + " ·", StringComparison.Ordinal)
                    ? " yet: run Tune Auto in the Strategy lab to make it." : "."), Severity.Warning);
            else if (boardMessage is not null) Show(boardMessage, Severity.Warning);
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
        var snapshot = Model.Current;
        if (snapshot is null || _session is null || (!force && ReferenceEquals(snapshot, _rankedOn))) return;
        if (!ReferenceEquals(snapshot.Catalog, _rankedOn?.Catalog))
        {
            _tags = [.. snapshot.Catalog.Tags.All.Select(t => t.Tag)];
            _departments = snapshot.Catalog.Departments;
            var catalog = snapshot.Catalog;
            _titleOf = id => catalog.ItemById.TryGetValue(id, out int i) ? catalog.Items[i].Title : null;
        }
        _session.Rank(snapshot);
        _rankedOn = snapshot;
        KeepLayout();
    }

    protected override async Task OnModelChangedAsync()
    {
        bool load = Model.Current is not null && ((_session is null && _loadError is null) || Model.Workspace != _loadedWorkspace);
        if (load) await LoadAsync();
        RankIfReady(force: load);
    }

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
        KeepLayout();
        ClearMessage();
    }

    private void Edited(Strategy updated)
    {
        _session!.UpdateStrategy(_editing!, updated);
        KeepDraft(_editing!);
        Rerank();
    }

    private void Pin((int Column, CompareCard Card) action)
    {
        _session!.Pin(action.Column, action.Card);
        var item = action.Card.Ranked.Item;
        MarkEdited(action.Column, $"Pinned {item.Id} “{item.Title}” at #{action.Card.Ranked.Rank}.");
    }

    private void Bury((int Column, BuryRequest Request) action)
    {
        try
        {
            string what = _session!.Bury(action.Column, action.Request);
            MarkEdited(action.Column, what + ".");
        }
        catch (InvalidOperationException ex)
        {
            Show(ex.Message, Severity.Warning);
        }
    }

    private void MarkEdited(int column, string message)
    {
        _editing = _session!.Columns[column].StrategyName;
        KeepDraft(_editing);
        Show(message + (IsDirty(_editing) ? $" Strategy '{_editing}' has unsaved changes." : ""), Severity.Info);
        Rerank();
    }

    /// <summary>Unsaved: the working copy's settings differ from the saved version (not "was touched": a slider moved back is saved).</summary>
    private bool IsDirty(string name) => Drafts.Has(_loadedWorkspace!, name);

    private void KeepDraft(string name) => Drafts.Keep(_loadedWorkspace!, name, _session!.StrategyOf(name), _saved.GetValueOrDefault(name));

    /// <summary>Puts back what this user left unsaved in this workspace (strategies and columns), e.g. after visiting another page.</summary>
    private void RestoreDrafts()
    {
        var session = _session!;
        foreach (var (name, draft) in Drafts.In(_loadedWorkspace!))
        {
            if (session.StrategyNames.Contains(name, StringComparer.Ordinal)) session.UpdateStrategy(name, draft);
            else session.AddStrategy(draft);
        }
        if (Drafts.LayoutOf(_loadedWorkspace!) is not { } layout) return;
        var names = session.StrategyNames.ToHashSet(StringComparer.Ordinal);
        SetColumns([.. layout.Columns.Where(c => session.PersonaNames.Contains(c.Persona, StringComparer.Ordinal) && names.Contains(c.Strategy))]);
        session.TopN = layout.TopN;
        if (names.Contains(layout.Editing)) _editing = layout.Editing;
    }

    private void KeepLayout()
    {
        if (_session is null || _loadedWorkspace is null || _editing is null) return;
        Drafts.KeepRanked(_loadedWorkspace, new CompareDrafts.Ranked(_session.RankedKeys, _session.Results));
        Drafts.KeepLayout(_loadedWorkspace, new CompareDrafts.Layout([.. _session.Columns.Select(c => (c.PersonaName, c.StrategyName))], _editing, _session.TopN));
    }

    /// <summary>"Discard changes" (after the editor's confirmation): the edited strategy goes back to its saved version.</summary>
    private void Discard()
    {
        string name = _editing!;
        if (_saved.TryGetValue(name, out var saved)) _session!.UpdateStrategy(name, saved);
        Drafts.Forget(_loadedWorkspace!, name);
        Show($"Discarded the unsaved changes of '{name}'.", Severity.Info);
        Rerank();
    }

    private void Show(string? message, Severity severity, bool canReload = false)
    {
        _message = message;
        _messageSeverity = severity;
        _canReload = canReload;
    }

    private void ClearMessage() => Show(null, Severity.Info);

    /// <summary>The column (and card item) the sensitivity panel is open on, or null.</summary>
    private (int Column, int? Item)? _sensitivity;
    private Func<SweepAxis, int, BlendSweep>? _sweeper;

    private void OpenSensitivity((int Column, int? Item) target)
    {
        _sensitivity = target;
        int column = target.Column;
        _sweeper = (axis, k) => _session!.Sweep(Model.Current ?? throw new InvalidOperationException("No model is loaded."), column, axis, k);
    }

    private void CloseSensitivity()
    {
        _sensitivity = null;
        _sweeper = null;
    }

    /// <summary>"Export CSV": every column's cards with their score parts, as the board shows them now (unsaved edits included).</summary>
    private Task ExportCsvAsync()
    {
        var session = _session!;
        string name = CsvFileName(_loadedWorkspace, DateTime.UtcNow);
        return DownloadAsync(name, "CSV", () => JS.DownloadTextAsync(name, "text/csv", CompareCsv.Write(session.Columns, session.Results)));
    }

    /// <summary>"Export PDF": the board for a deck, every column and every card (continued over pages), made on the server.</summary>
    private Task ExportPdfAsync()
    {
        var session = _session!;
        var now = DateTime.UtcNow;
        string name = ExportFiles.Name("compare", _loadedWorkspace ?? "workspace", now, "pdf");
        return DownloadAsync(name, "PDF", () => JS.DownloadBytesAsync(name, "application/pdf", ComparePdf.Write(session.Columns, session.Results, _loadedWorkspace ?? "", now)));
    }

    private async Task DownloadAsync(string name, string format, Func<ValueTask> download)
    {
        var session = _session!;
        int rows = session.Results.Sum(r => r.Cards.Count);
        try
        {
            await download();
            Show($"Exported {rows} cards of {session.Columns.Count} columns as {name}.", Severity.Success);
        }
        catch (Exception ex) when (ex is JSException or JSDisconnectedException or TaskCanceledException)
        {
            Logger.LogWarning(ex, "The {Format} download of the Compare board failed", format);
            Show($"The browser did not take the download: {ex.Message}", Severity.Warning);
        }
    }

    /// <summary>compare-{workspace}-{UTC time}.csv, the workspace's name reduced to letters, digits, '-' and '_'.</summary>
    internal static string CsvFileName(string? workspace, DateTime utc)
    {
        return ExportFiles.Name("compare", workspace ?? "workspace", utc, "csv");
    }
}
