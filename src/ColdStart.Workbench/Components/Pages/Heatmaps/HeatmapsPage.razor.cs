using ColdStart.Data.Stores;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Training;
using ColdStart.Workbench.Compare;
using ColdStart.Workbench.Heatmaps;
using ColdStart.Workbench.Personas;
using Microsoft.AspNetCore.Components;

namespace ColdStart.Workbench.Components.Pages.Heatmaps;

/// <summary>
/// Similarity heatmaps over the live model: item × item for a persona's top results or hand-picked items, persona ×
/// department affinity, persona × persona, and chosen personas × the union of their top results
/// (<see cref="PersonaItemHeatmaps"/>), each in the semantic and the collaborative space. Personas come from
/// <see cref="PersonaSource"/> and rankings use a stored strategy (<see cref="StrategyStore"/>, as on Compare) picked on the page.
/// </summary>
public sealed partial class HeatmapsPage
{
    private ModelSnapshot? _snapshot;
    private IReadOnlyList<Persona> _personas = [];
    private IReadOnlyList<Strategy> _strategies = [];
    private Strategy? _strategy;
    private ItemSource _source = ItemSource.PersonaTop;
    private int _personaIndex;
    private readonly List<int> _picked = [];
    private HeatmapBoard? _board;
    private string? _error;

    [Inject] private PersonaSource PersonaSource { get; set; } = null!;
    [Inject] private StrategyStore StrategyStore { get; set; } = null!;

    /// <summary>Where the item set comes from.</summary>
    internal enum ItemSource
    {
        PersonaTop,
        Picked,
    }

    protected override Task OnInitializedAsync() => LoadAsync();

    protected override Task OnModelChangedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        var snapshot = Model.Current;
        if (snapshot is null || ReferenceEquals(snapshot, _snapshot)) return;
        _snapshot = snapshot;
        try
        {
            _personas = await PersonaSource.ForWorkspaceAsync(Model.Workspace);
            _strategies = await StrategyChoices.LoadAsync(StrategyStore);
            _strategy = _strategies.FirstOrDefault(s => s.Name == _strategy?.Name)
                ?? _strategies.FirstOrDefault(s => s.Name == Strategy.Balanced.Name)
                ?? _strategies[0];
            _personaIndex = Math.Clamp(_personaIndex, 0, Math.Max(0, _personas.Count - 1));
            _picked.RemoveAll(i => i >= snapshot.Catalog.Count);
            await ComputeAsync();
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IOException or InvalidDataException
                                       or Microsoft.Data.Sqlite.SqliteException)
        {
            _error = $"The heatmaps could not be computed: {ex.Message}";
        }
    }

    private async Task ComputeAsync()
    {
        var snapshot = _snapshot;
        var strategy = _strategy;
        if (snapshot is null || strategy is null) return;
        var personas = _personas;
        var source = _source;
        int personaIndex = _personaIndex;
        var picked = _picked.ToArray();
        _error = null;
        _board = await Task.Run(() =>
        {
            IReadOnlyList<int> items = source == ItemSource.PersonaTop
                ? personas.Count == 0 ? [] : HeatmapBoard.TopItems(snapshot, personas[personaIndex], strategy)
                : picked;
            return HeatmapBoard.Build(snapshot, personas, items);
        });
    }

    private async Task SourceChangedAsync(ItemSource source)
    {
        _source = source;
        await ComputeAsync();
    }

    private async Task StrategyChangedAsync(string name)
    {
        _strategy = _strategies.FirstOrDefault(s => s.Name == name) ?? _strategy;
        await ComputeAsync();
    }

    private async Task PersonaChangedAsync(int index)
    {
        _personaIndex = index;
        await ComputeAsync();
    }

    private async Task PickAsync(Item? item)
    {
        if (item is null || _snapshot is null || _picked.Count >= HeatmapBoard.MaxPickedItems) return;
        if (!_snapshot.Catalog.ItemById.TryGetValue(item.Id, out int index) || _picked.Contains(index)) return;
        _picked.Add(index);
        await ComputeAsync();
    }

    private async Task UnpickAsync(MudBlazor.MudChip<int> chip)
    {
        _picked.Remove(chip.Value);
        await ComputeAsync();
    }

    private Task<IEnumerable<Item>> SearchItems(string? text, CancellationToken ct)
    {
        var items = _snapshot?.Catalog.Items ?? [];
        IEnumerable<Item> matches = string.IsNullOrWhiteSpace(text)
            ? items.Take(20)
            : items.Where(i => i.Title.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase)).Take(20);
        return Task.FromResult(matches);
    }
}
