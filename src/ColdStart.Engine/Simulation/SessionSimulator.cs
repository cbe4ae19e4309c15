using ColdStart.Engine.Domain;
using ColdStart.Engine.Profiles;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Training;

namespace ColdStart.Engine.Simulation;

/// <summary>
/// The feedback loop, simulated: a visitor's profile (attributes, then every clicked item as a revealed interaction,
/// built by the snapshot's <see cref="ProfileBuilder"/> as the lab builds a test user's) is ranked by the snapshot's one
/// <see cref="Scorer"/> (so Auto's weights follow the click count), the <see cref="ClickModel"/> answers, the click
/// folds into the profile and into the <see cref="ExplorationState"/>'s posteriors, and the next list is ranked.
/// Sessions run in order, so later sessions explore with what earlier ones learnt. Deterministic for a seed.
/// </summary>
public sealed class SessionSimulator
{
    private readonly ModelSnapshot _snapshot;
    private readonly ClickModel _clicks;

    public SessionSimulator(ModelSnapshot snapshot, ClickModel clicks, SimulationOptions options)
    {
        _snapshot = snapshot ?? throw new ArgumentNullException(nameof(snapshot));
        _clicks = clicks ?? throw new ArgumentNullException(nameof(clicks));
        Options = options ?? throw new ArgumentNullException(nameof(options));
        var errors = options.Validate();
        if (errors.Count > 0) throw new ArgumentException("Invalid simulation options: " + string.Join(" ", errors), nameof(options));
    }

    public SimulationOptions Options { get; }

    /// <summary>Runs <see cref="SimulationOptions.Sessions"/> sessions of <paramref name="strategy"/>, visitors in turn.</summary>
    /// <param name="strategy">The strategy; an exclude-seen rule is added when missing (a clicked item is not shown again).</param>
    /// <param name="visitors">Held-out users to play, in order (reused round robin).</param>
    /// <param name="state">Posteriors to learn into; null starts an empty one.</param>
    /// <param name="ct">Stops between sessions.</param>
    public IReadOnlyList<SessionTrace> Run(Strategy strategy, IReadOnlyList<SimulatedVisitor> visitors, ExplorationState? state = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentNullException.ThrowIfNull(visitors);
        if (visitors.Count == 0) throw new ArgumentException("A simulation needs at least one visitor.", nameof(visitors));
        if (!strategy.Rules.Any(r => r is ExcludeSeenRule)) strategy = strategy with { Rules = [.. strategy.Rules, new ExcludeSeenRule()] };
        state ??= new ExplorationState(_snapshot.Catalog.Count);
        var traces = new SessionTrace[Options.Sessions];
        for (int s = 0; s < traces.Length; s++)
        {
            ct.ThrowIfCancellationRequested();
            traces[s] = RunSession(s, strategy, visitors[s % visitors.Count], state);
        }
        return traces;
    }

    /// <summary>One session: <see cref="SimulationOptions.Steps"/> lists for <paramref name="visitor"/>.</summary>
    public SessionTrace RunSession(int session, Strategy strategy, SimulatedVisitor visitor, ExplorationState state)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentNullException.ThrowIfNull(visitor);
        ArgumentNullException.ThrowIfNull(state);
        var choices = new Random(SessionSeed(Options.Seed, session, 1));
        var exploration = new Exploration(state, new Random(SessionSeed(Options.Seed, session, 2)));
        var cold = _snapshot.Catalog.Cold;
        var clicked = new List<int>();
        var profile = Profile(visitor, clicked);
        var steps = new List<SessionStep>(Options.Steps);
        for (int t = 0; t < Options.Steps; t++)
        {
            var result = _snapshot.Scorer.Rank(profile, strategy, Options.ListLength, exploration);
            var shown = new int[result.Items.Count];
            int newShown = 0, explored = 0;
            for (int r = 0; r < shown.Length; r++)
            {
                shown[r] = result.Items[r].Index;
                state.RecordImpression(shown[r]);
                if (cold[shown[r]]) newShown++;
                if (result.Items[r].Explored) explored++;
            }
            var action = _clicks.Act(visitor, shown, choices);
            steps.Add(new SessionStep(shown, action, newShown, explored, action.Clicked && cold[action.Item]));
            if (!action.Clicked) continue;
            state.RecordClick(action.Item);
            clicked.Add(action.Item);
            profile = Options.Adapt ? Profile(visitor, clicked) : profile with { SeenItems = [.. clicked], Seeds = profile.SeedItems };
        }
        return new SessionTrace(session, visitor, steps);
    }

    /// <summary>The visitor as the lab builds a test user: its attributes and its clicked items (see <see cref="SessionProfile"/>).</summary>
    private Profile Profile(SimulatedVisitor visitor, List<int> clicked) =>
        SessionProfile.Build(_snapshot, new Persona($"Visitor {visitor.Id}", visitor.Attributes, "", [], []), clicked);

    /// <summary>Deterministic seed per (run seed, session, stream) (SplitMix64 finaliser).</summary>
    private static int SessionSeed(int seed, int session, int stream)
    {
        ulong z = (ulong)(uint)seed ^ ((ulong)(uint)session << 20) ^ ((ulong)stream << 52);
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (int)((z ^ (z >> 31)) & int.MaxValue);
    }
}
