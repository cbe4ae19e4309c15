using ColdStart.Data.Stores;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Evaluation;
using ColdStart.Engine.Scoring;
using ColdStart.Workbench.Api;
using ColdStart.Workbench.Compare;
using ColdStart.Workbench.Modeling;
using ColdStart.Workbench.Personas;
using ColdStart.Workbench.Sessions;
using Microsoft.AspNetCore.Components;

namespace ColdStart.Workbench.Components.Pages.Session;

/// <summary>The Session page: a persona played as a visitor through a <see cref="VisitorSession"/>.</summary>
public sealed partial class SessionPage
{
    [Inject] private ILiveModel Live { get; set; } = default!;
    [Inject] private PersonaSource PersonaSource { get; set; } = default!;
    [Inject] private StrategyStore StrategyStore { get; set; } = default!;
    [Inject] private LiveExploration Exploration { get; set; } = default!;

    private IReadOnlyList<Persona> _personas = [];
    private IReadOnlyList<Strategy> _strategies = [];
    private string? _personaName;
    private string? _strategyName;
    private float _share;
    private VisitorSession? _session;
    private string? _message;
    private string? _error;

    private string ExportHref => _session is null ? "" : "data:application/json;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(_session.ToJson()));

    protected override async Task OnInitializedAsync()
    {
        _personas = await PersonaSource.ForWorkspaceAsync(Live.Workspace);
        _strategies = StrategyChoices.Of(await StrategyStore.ListAsync());
        _personaName = _personas.Count > 0 ? _personas[0].Name : null;
        _strategyName = _strategies.FirstOrDefault(s => s.Name == Strategy.Balanced.Name)?.Name ?? (_strategies.Count > 0 ? _strategies[0].Name : null);
        if (_personas.Count == 0) _message = PersonaSource.NoPersonasMessage(Live.Workspace);
        else if (Live.Current is null) _message = $"The model is not ready yet: {Live.Status.Message}";
    }

    private void Start()
    {
        _error = null;
        var persona = _personas.FirstOrDefault(p => p.Name == _personaName);
        var strategy = _strategies.FirstOrDefault(s => s.Name == _strategyName);
        if (Live.Current is not { } snapshot) _error = $"The model is not ready yet: {Live.Status.Message}";
        else if (persona is null || strategy is null) _error = "Choose a persona and a strategy.";
        else
        {
            try
            {
                _session = new VisitorSession(snapshot, persona, strategy.WithExploration(_share), Exploration.For(Live.Workspace, snapshot));
            }
            catch (ArgumentException e)
            {
                _error = e.Message;
            }
        }
    }

    private void Act(string itemId, bool purchase)
    {
        if (_session is null) return;
        try
        {
            _error = null;
            _session.Act(itemId, purchase);
        }
        catch (ArgumentException e)
        {
            _error = e.Message;
        }
    }

    private bool IsNew(int index) => Live.Current is { } snapshot && index < snapshot.Catalog.Count && snapshot.Catalog.Cold[index];

    private static string Describe(BlendWeights weights) => AutoTuner.Describe(weights);
}
