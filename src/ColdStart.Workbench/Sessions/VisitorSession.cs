using System.Numerics.Tensors;
using System.Text.Json;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Profiles;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Simulation;
using ColdStart.Engine.Training;

namespace ColdStart.Workbench.Sessions;

/// <summary>
/// A persona played as a visitor on the Session page: each click or purchase is a revealed interaction, folded in by
/// <see cref="SessionProfile"/> (the path the simulation uses) and ranked again by the snapshot's one
/// <see cref="Scorer"/>, with exploration slots drawn from the live posteriors, which the session's impressions and
/// clicks update. The persona and strategy are copies: deleting them meanwhile does not end the session.
/// </summary>
public sealed class VisitorSession
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private readonly ModelSnapshot _snapshot;
    private readonly ExplorationState _state;
    private readonly Exploration _exploration;
    private readonly List<int> _clicked = [];
    private readonly List<VisitorSessionStep> _steps = [];
    private readonly float[] _start;

    public VisitorSession(ModelSnapshot snapshot, Persona persona, Strategy strategy, ExplorationState state, int k = 10, int seed = 1)
    {
        _snapshot = snapshot ?? throw new ArgumentNullException(nameof(snapshot));
        Persona = persona ?? throw new ArgumentNullException(nameof(persona));
        Strategy = strategy ?? throw new ArgumentNullException(nameof(strategy));
        _state = state ?? throw new ArgumentNullException(nameof(state));
        if (!Strategy.Rules.Any(r => r is ExcludeSeenRule)) Strategy = Strategy with { Rules = [.. Strategy.Rules, new ExcludeSeenRule()] };
        K = k;
        _exploration = new Exploration(state, new Random(seed));
        var profile = SessionProfile.Build(snapshot, persona, _clicked);
        _start = profile.Semantic;
        Show("Start", profile);
    }

    public Persona Persona { get; }
    public Strategy Strategy { get; }
    public int K { get; }
    public IReadOnlyList<VisitorSessionStep> Steps => _steps;
    public VisitorSessionStep Current => _steps[^1];

    /// <summary>The visitor clicks (or buys) the item of the current list with id <paramref name="itemId"/>.</summary>
    /// <exception cref="ArgumentException">The item is not in the current list.</exception>
    public VisitorSessionStep Act(string itemId, bool purchase)
    {
        var shown = Current.Items.FirstOrDefault(i => i.Item.Id == itemId)
            ?? throw new ArgumentException($"Item '{itemId}' is not in the list shown.", nameof(itemId));
        _state.RecordClick(shown.Index);
        _clicked.Add(shown.Index);
        return Show($"{(purchase ? "Bought" : "Clicked")} #{shown.Rank} {shown.Item.Title}", SessionProfile.Build(_snapshot, Persona, _clicked));
    }

    /// <summary>The session's path as JSON: per step the action, interactions, weights in force, drift and the list's item ids.</summary>
    public string ToJson() => JsonSerializer.Serialize(new
    {
        persona = Persona.Name,
        strategy = Strategy.Name,
        explorationShare = Strategy.ExplorationShare,
        steps = _steps.Select(s => new
        {
            s.Step, s.Action, s.Interactions, s.Weights, s.Drift,
            items = s.Items.Select(i => new { i.Rank, i.Item.Id, i.Item.Title, i.Score, i.Explored }),
        }),
    }, Json);

    private VisitorSessionStep Show(string action, Profile profile)
    {
        var result = _snapshot.Scorer.Rank(profile, Strategy, K, _exploration);
        foreach (var item in result.Items) _state.RecordImpression(item.Index);
        var step = new VisitorSessionStep(_steps.Count, action, profile.Interactions, Strategy.WeightsFor(profile.Interactions), Drift(profile.Semantic), result.Items);
        _steps.Add(step);
        return step;
    }

    private double Drift(float[] now)
    {
        if (now.Length != _start.Length || TensorPrimitives.Norm(now) == 0 || TensorPrimitives.Norm(_start) == 0) return 0;
        return 1 - TensorPrimitives.CosineSimilarity(now, _start);
    }
}
