using System.Text;
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

/// <summary>
/// The Session page: a persona played as a visitor through a <see cref="VisitorSession"/>. Every action is written
/// through <see cref="LiveEvents"/> (stored first, then applied to the live model) before the session folds it in.
/// </summary>
public sealed partial class SessionPage
{
    [Inject] private ILiveModel Live { get; set; } = default!;
    [Inject] private PersonaSource PersonaSource { get; set; } = default!;
    [Inject] private StrategyStore StrategyStore { get; set; } = default!;
    [Inject] private LiveExploration Exploration { get; set; } = default!;
    [Inject] private LiveEvents Events { get; set; } = default!;

    private IReadOnlyList<Persona> _personas = [];
    private IReadOnlyList<Strategy> _strategies = [];
    private string? _personaName;
    private string? _strategyName;
    private float _share;
    private VisitorSession? _session;
    private string? _workspace;
    private string? _sessionStrategy;
    private string? _query;
    private int? _replaying;
    private bool _busy;
    private string? _message;
    private string? _error;

    private string ExportJsonHref => DataUri("application/json", _session?.ToJson());
    private string ExportCsvHref => DataUri("text/csv", _session?.ToCsv());
    private bool CanAct => _session is { Ended: null } && _replaying is null && !_busy;

    protected override async Task OnInitializedAsync()
    {
        _personas = await PersonaSource.ForWorkspaceAsync(Live.Workspace);
        _strategies = StrategyChoices.Of(await StrategyStore.ListAsync());
        _personaName = _personas.Count > 0 ? _personas[0].Name : null;
        _strategyName = _strategies.FirstOrDefault(s => s.Name == Strategy.Balanced.Name)?.Name ?? (_strategies.Count > 0 ? _strategies[0].Name : null);
        if (_personas.Count == 0) _message = PersonaSource.NoPersonasMessage(Live.Workspace);
        else if (Live.Current is null) _message = $"The model is not ready yet: {Live.Status.Message}";
    }

    private async Task StartAsync()
    {
        _error = null;
        _replaying = null;
        var persona = _personas.FirstOrDefault(p => p.Name == _personaName);
        var strategy = _strategies.FirstOrDefault(s => s.Name == _strategyName);
        if (Live.Current is not { } snapshot) _error = $"The model is not ready yet: {Live.Status.Message}";
        else if (persona is null || strategy is null) _error = "Choose a persona and a strategy.";
        else
        {
            try
            {
                string workspace = Live.Workspace;
                var session = new VisitorSession(snapshot, persona, strategy.WithExploration(_share), await Exploration.ForAsync(workspace, snapshot));
                await RecordShownAsync(workspace, session);
                (_session, _workspace, _sessionStrategy) = (session, workspace, strategy.Name);
            }
            catch (ArgumentException e)
            {
                _error = e.Message;
            }
            catch (KeyNotFoundException e)
            {
                _error = e.Message;
            }
        }
    }

    private Task ActAsync(string itemId, bool purchase) => RecordAsync(session => session.Click(itemId, purchase));

    private async Task SearchAsync()
    {
        await RecordAsync(session => session.Search(_query));
        if (_error is null) _query = null;
    }

    /// <summary>Checks that the session may go on, writes the action's event (then the live model applies it), and folds it in.</summary>
    private async Task RecordAsync(Func<VisitorSession, VisitorEvent> action)
    {
        if (_session is not { Ended: null } session || _workspace is null || _busy) return;
        _error = null;
        _busy = true;
        try
        {
            if (await WhyEndedAsync(session) is { } reason)
            {
                session.End(reason);
                return;
            }
            var e = action(session);
            var recorded = await Events.RecordAsync(_workspace, session.VisitorId, session.Persona.Attributes, [e]);
            if (recorded.UnknownItems.Count > 0)
            {
                session.End($"Item '{e.ItemId}' is no longer in workspace '{_workspace}'; the session has ended.");
                return;
            }
            session.Apply(e, Live.Current);
            await RecordShownAsync(_workspace, session);
        }
        catch (ArgumentException e)
        {
            _error = e.Message;
        }
        catch (KeyNotFoundException e)
        {
            session.End($"{e.Message} The session has ended.");
        }
        finally
        {
            _busy = false;
        }
    }

    /// <summary>Stores the list the session shows now as impressions, then counts them in the live posteriors.</summary>
    private Task RecordShownAsync(string workspace, VisitorSession session) =>
        Exploration.RecordImpressionsAsync(workspace, session.Snapshot, [.. session.Current.Items.Select(i => i.Index)]);

    /// <summary>Why the session cannot go on (its workspace, persona or strategy is gone), or null.</summary>
    private async Task<string?> WhyEndedAsync(VisitorSession session)
    {
        const string Kept = " Its path stays below and can be exported.";
        if (Live.Workspace != _workspace)
            return $"The active workspace is now '{Live.Workspace}'; this session on '{_workspace}' has ended.{Kept}";
        var personas = await PersonaSource.ForWorkspaceAsync(_workspace!);
        if (!personas.Any(p => p.Name == session.Persona.Name))
            return $"Persona '{session.Persona.Name}' was deleted or renamed meanwhile; the session has ended.{Kept}";
        var strategies = StrategyChoices.Of(await StrategyStore.ListAsync());
        if (!strategies.Any(s => s.Name == _sessionStrategy))
            return $"Strategy '{_sessionStrategy}' was deleted or renamed meanwhile; the session has ended.{Kept}";
        return null;
    }

    private void Replay(int step) => _replaying = _session is not null && step < _session.Steps.Count - 1 ? step : null;

    private bool IsNew(int index) => _session is { } session && index < session.Snapshot.Catalog.Count && session.Snapshot.Catalog.Cold[index];

    private static string DataUri(string type, string? content) =>
        content is null ? "" : $"data:{type};base64,{Convert.ToBase64String(Encoding.UTF8.GetBytes(content))}";

    private static string Describe(BlendWeights weights) => AutoTuner.Describe(weights);
}
