using System.Numerics.Tensors;
using ColdStart.Data.Stores;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Profiles;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Simulation;
using ColdStart.Engine.Training;
using ColdStart.Workbench.Api;

namespace ColdStart.Workbench.Sessions;

/// <summary>
/// A persona played as a visitor on the Session page. Each action — a click, a purchase, a typed search — is first
/// turned into the event to record (<see cref="Click"/>, <see cref="Search"/>; the page writes it through
/// <see cref="Modeling.LiveEvents"/>, which applies it to the live model), then <see cref="Apply"/>-ed: clicked items
/// join the profile as revealed seeds and typed searches as seed searches, through <see cref="SessionProfile"/> (the
/// path the simulation uses, the lab's profile builder), and the list is ranked again by the live snapshot's one
/// <see cref="Scorer"/>, with exploration slots drawn from the live posteriors. The page records each list shown as
/// impressions (<see cref="LiveExploration.RecordImpressionsAsync"/>: stored, then counted in those posteriors).
/// The persona and strategy are copies taken at the start; the page ends the session when they are deleted meanwhile.
/// </summary>
public sealed partial class VisitorSession
{
    private readonly Exploration _exploration;
    private readonly List<string> _clicked = [];
    private readonly List<string> _searches = [];
    private readonly List<VisitorSessionStep> _steps = [];
    private readonly float[] _start;

    public VisitorSession(ModelSnapshot snapshot, Persona persona, Strategy strategy, ExplorationState state, int k = 10, int seed = 1)
    {
        Snapshot = snapshot ?? throw new ArgumentNullException(nameof(snapshot));
        Persona = persona ?? throw new ArgumentNullException(nameof(persona));
        Strategy = strategy ?? throw new ArgumentNullException(nameof(strategy));
        ArgumentNullException.ThrowIfNull(state);
        if (!Strategy.Rules.Any(r => r is ExcludeSeenRule)) Strategy = Strategy with { Rules = [.. Strategy.Rules, new ExcludeSeenRule()] };
        K = k;
        _exploration = new Exploration(state, new Random(seed));
        var profile = BuildProfile();
        _start = profile.Semantic;
        Show("Start", profile);
    }

    /// <summary>The visitor id its events are stored under (a new user of the workspace).</summary>
    public string VisitorId { get; } = $"session-{Guid.NewGuid():N}";

    public Persona Persona { get; }
    public Strategy Strategy { get; }
    public int K { get; }

    /// <summary>The snapshot the current list was ranked with (the live one at the last action).</summary>
    public ModelSnapshot Snapshot { get; private set; }

    public IReadOnlyList<VisitorSessionStep> Steps => _steps;
    public VisitorSessionStep Current => _steps[^1];

    /// <summary>The searches typed so far, in order.</summary>
    public IReadOnlyList<string> Searches => _searches;

    /// <summary>Why the session ended (e.g. its persona was deleted), or null while it runs.</summary>
    public string? Ended { get; private set; }

    /// <summary>The event of clicking (or buying) the item of the current list with id <paramref name="itemId"/>, stamped at the model's clock.</summary>
    /// <exception cref="ArgumentException">The item is not in the current list.</exception>
    /// <exception cref="InvalidOperationException">The session has ended.</exception>
    public VisitorEvent Click(string itemId, bool purchase)
    {
        ThrowIfEnded();
        _ = Current.Items.FirstOrDefault(i => i.Item.Id == itemId)
            ?? throw new ArgumentException($"Item '{itemId}' is not in the list shown.", nameof(itemId));
        return new VisitorEvent(purchase ? EventType.Purchase : EventType.View, itemId, null, Snapshot.Popularity.Now);
    }

    /// <summary>The event of typing <paramref name="query"/>, stamped at the model's clock.</summary>
    /// <exception cref="ArgumentException">The query is empty or longer than <see cref="VisitorEvents.MaxQueryLength"/> characters.</exception>
    /// <exception cref="InvalidOperationException">The session has ended.</exception>
    public VisitorEvent Search(string? query)
    {
        ThrowIfEnded();
        string text = query?.Trim() ?? "";
        if (text.Length == 0 || text.Length > VisitorEvents.MaxQueryLength || text.Any(char.IsControl))
            throw new ArgumentException($"Type a search of 1–{VisitorEvents.MaxQueryLength} characters.", nameof(query));
        return new VisitorEvent(EventType.Search, null, text, Snapshot.Popularity.Now);
    }

    /// <summary>
    /// Folds a recorded event into the profile and ranks again, with <paramref name="live"/> (the live model, which has
    /// the event applied) when it serves the same catalog, else with the session's snapshot.
    /// </summary>
    public VisitorSessionStep Apply(VisitorEvent e, ModelSnapshot? live = null)
    {
        ArgumentNullException.ThrowIfNull(e);
        ThrowIfEnded();
        if (live is not null && live.Dataset.Name == Snapshot.Dataset.Name && live.Catalog.Count == Snapshot.Catalog.Count) Snapshot = live;
        string action;
        if (e.Type == EventType.Search)
        {
            _searches.Add(e.Query!);
            action = $"Searched \"{e.Query}\"";
        }
        else
        {
            var shown = Current.Items.First(i => i.Item.Id == e.ItemId);
            if (!_clicked.Contains(shown.Item.Id)) _clicked.Add(shown.Item.Id);
            action = $"{(e.Type == EventType.Purchase ? "Bought" : "Clicked")} #{shown.Rank} {shown.Item.Title}";
        }
        return Show(action, BuildProfile());
    }

    /// <summary>Ends the session with <paramref name="reason"/>; its path stays readable and exportable.</summary>
    public void End(string reason) => Ended ??= reason;

    private Profile BuildProfile()
    {
        var clicked = new List<int>(_clicked.Count);
        foreach (var id in _clicked)
            if (Snapshot.Catalog.ItemById.TryGetValue(id, out int index)) clicked.Add(index);
        return SessionProfile.Build(Snapshot, Persona, clicked, _searches);
    }

    private VisitorSessionStep Show(string action, Profile profile)
    {
        var result = Snapshot.Scorer.Rank(profile, Strategy, K, _exploration);
        var step = new VisitorSessionStep(_steps.Count, action, profile.Interactions, Strategy.WeightsFor(profile.Interactions), Drift(profile.Semantic), result.Items);
        _steps.Add(step);
        return step;
    }

    private void ThrowIfEnded()
    {
        if (Ended is not null) throw new InvalidOperationException(Ended);
    }

    private double Drift(float[] now)
    {
        if (now.Length != _start.Length || TensorPrimitives.Norm(now) == 0 || TensorPrimitives.Norm(_start) == 0) return 0;
        return 1 - TensorPrimitives.CosineSimilarity(now, _start);
    }
}
