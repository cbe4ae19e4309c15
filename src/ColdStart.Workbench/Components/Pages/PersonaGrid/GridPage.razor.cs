using System.Globalization;
using ColdStart.Data.Stores;
using ColdStart.Engine.Comparison;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Training;
using ColdStart.Workbench.Compare;
using ColdStart.Workbench.Personas;
using Microsoft.AspNetCore.Components;

namespace ColdStart.Workbench.Components.Pages.PersonaGrid;

/// <summary>
/// The persona × strategy grid (<see cref="PersonaStrategyGrid"/>): personas from <see cref="PersonaSource"/> and
/// strategies from <see cref="StrategyStore"/> (the presets when none is stored), as on Compare. A cell click opens the
/// pair in Compare (<c>/compare?persona=…&amp;strategy=…</c>). The grid is computed off the renderer's thread.
/// </summary>
public sealed partial class GridPage
{
    private static readonly int[] TopNChoices = [10, 20, 50];

    private ModelSnapshot? _snapshot;
    private IReadOnlyList<Persona> _personas = [];
    private IReadOnlyList<Strategy> _strategies = [];
    private IReadOnlyCollection<string> _personaChoice = [];
    private IReadOnlyCollection<string> _strategyChoice = [];
    private string _reference = Strategy.Balanced.Name;
    private int _topN = 20;
    private string? _itemId;
    private GridResult? _result;
    private string? _error;

    [Inject] private PersonaSource PersonaSource { get; set; } = null!;
    [Inject] private StrategyStore StrategyStore { get; set; } = null!;

    protected override Task OnInitializedAsync() => LoadAsync();

    protected override Task OnModelChangedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        if (Model.Current is not { } current || ReferenceEquals(current, _snapshot)) return;
        _snapshot = current;
        try
        {
            _personas = await PersonaSource.ForWorkspaceAsync(Model.Workspace);
            _strategies = await StrategyChoices.LoadAsync(StrategyStore);
            if (_personas.Count == 0)
            {
                _error = PersonaSource.NoPersonasMessage(Model.Workspace);
                return;
            }
            _error = null;
            _personaChoice = Keep(_personaChoice, _personas.Select(p => p.Name));
            _strategyChoice = Keep(_strategyChoice, _strategies.Select(s => s.Name));
            if (!_strategies.Any(s => s.Name == _reference))
                _reference = (_strategies.FirstOrDefault(s => s.Name == Strategy.Balanced.Name) ?? _strategies[0]).Name;
            await ComputeAsync();
        }
        catch (Exception ex) when (ex is InvalidOperationException or InvalidDataException or Microsoft.Data.Sqlite.SqliteException)
        {
            _error = $"The grid could not be computed: {ex.Message}";
        }
    }

    /// <summary>The chosen names still present, or all of them when none is.</summary>
    private static List<string> Keep(IReadOnlyCollection<string> chosen, IEnumerable<string> names)
    {
        var all = names.ToList();
        var kept = all.Where(chosen.Contains).ToList();
        return kept.Count > 0 ? kept : all;
    }

    private async Task ComputeAsync()
    {
        if (_snapshot is not { } snapshot || _error is not null) return;
        var personas = _personas.Where(p => _personaChoice.Contains(p.Name)).ToList();
        var strategies = _strategies.Where(s => _strategyChoice.Contains(s.Name)).ToList();
        var reference = _strategies.First(s => s.Name == _reference);
        var request = new GridRequest(personas, strategies, reference, _topN, string.IsNullOrWhiteSpace(_itemId) ? null : _itemId.Trim());
        _result = null;
        _result = await Task.Run(() => PersonaStrategyGrid.Compute(snapshot, request));
    }

    private Task PersonasChangedAsync(IEnumerable<string>? names)
    {
        _personaChoice = names?.ToList() ?? [];
        return ComputeAsync();
    }

    private Task StrategiesChangedAsync(IEnumerable<string>? names)
    {
        _strategyChoice = names?.ToList() ?? [];
        return ComputeAsync();
    }

    private Task ReferenceChangedAsync(string name)
    {
        _reference = name;
        return ComputeAsync();
    }

    private Task TopNChangedAsync(int n)
    {
        _topN = n;
        return ComputeAsync();
    }

    private Task ItemChangedAsync(string? id)
    {
        _itemId = id;
        return ComputeAsync();
    }

    /// <summary>
    /// The pair in Compare: the persona in the first column, with the strategy. A plain link, so it also opens in a new
    /// tab and does not depend on a circuit event handler.
    /// </summary>
    private static string CompareHref(GridCell cell) =>
        $"compare?persona={Uri.EscapeDataString(cell.Persona)}&strategy={Uri.EscapeDataString(cell.Strategy)}";

    private static string Percent(double share) => share.ToString("0%", CultureInfo.InvariantCulture);

    /// <summary>A light tint from the overlap: pale = far from the reference, stronger = close to it.</summary>
    private static string CellStyle(GridCell cell) =>
        cell.Error is not null ? "" : string.Create(CultureInfo.InvariantCulture, $"background-color: rgba(89, 74, 226, {0.05 + 0.3 * cell.Overlap:0.00})");
}
