using ColdStart.Engine.Domain;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Training;
using ColdStart.Workbench.Heatmaps;
using Microsoft.AspNetCore.Components;

namespace ColdStart.Workbench.Components.Pages.Heatmaps;

/// <summary>
/// The persona × item heatmaps: a multi-select of personas (the first <see cref="PersonaItemBoard.DefaultPersonas"/>
/// at first) and, semantic and collaborative side by side, their similarity to the union of their top results.
/// </summary>
public sealed partial class PersonaItemHeatmaps
{
    private IReadOnlyCollection<string> _chosen = [];
    private ModelSnapshot? _shownSnapshot;
    private IReadOnlyList<Persona>? _shownPersonas;
    private Strategy? _shownStrategy;
    private PersonaItemBoard? _board;
    private string? _message;

    /// <summary>The live snapshot.</summary>
    [Parameter, EditorRequired] public ModelSnapshot Snapshot { get; set; } = null!;

    /// <summary>The personas that can be chosen (names are unique).</summary>
    [Parameter, EditorRequired] public IReadOnlyList<Persona> Personas { get; set; } = [];

    /// <summary>The strategy the personas' top results are ranked under.</summary>
    [Parameter, EditorRequired] public Strategy Strategy { get; set; } = null!;

    /// <summary>The board as last computed (for tests and diagnostics).</summary>
    internal PersonaItemBoard? Board => _board;

    protected override async Task OnParametersSetAsync()
    {
        if (ReferenceEquals(Snapshot, _shownSnapshot) && ReferenceEquals(Personas, _shownPersonas) && ReferenceEquals(Strategy, _shownStrategy)) return;
        _shownSnapshot = Snapshot;
        _shownPersonas = Personas;
        _shownStrategy = Strategy;
        var known = Personas.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var kept = _chosen.Where(known.Contains).ToList();
        _chosen = kept.Count > 0 ? kept : [.. Personas.Take(PersonaItemBoard.DefaultPersonas).Select(p => p.Name)];
        await ComputeAsync();
    }

    private async Task ChosenChangedAsync(IEnumerable<string>? names)
    {
        var chosen = (names ?? []).ToList();
        _message = chosen.Count > PersonaItemBoard.MaxPersonas
            ? $"Only the first {PersonaItemBoard.MaxPersonas} personas are shown; a wider heatmap would be unreadable."
            : null;
        _chosen = chosen.Take(PersonaItemBoard.MaxPersonas).ToList();
        await ComputeAsync();
    }

    private async Task ComputeAsync()
    {
        var snapshot = Snapshot;
        var strategy = Strategy;
        var chosen = _chosen.ToHashSet(StringComparer.Ordinal);
        var personas = Personas.Where(p => chosen.Contains(p.Name)).ToList();
        try
        {
            _board = await Task.Run(() => PersonaItemBoard.Build(snapshot, personas, strategy));
        }
        catch (ArgumentException ex)
        {
            _board = null;
            _message = $"The persona × item heatmap could not be computed: {ex.Message}";
        }
    }
}
