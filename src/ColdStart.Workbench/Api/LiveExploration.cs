using ColdStart.Engine.Scoring;
using ColdStart.Engine.Training;

namespace ColdStart.Workbench.Api;

/// <summary>
/// The exploration posteriors of the running app, in memory, per workspace: recommendations record what they show,
/// <c>POST /api/v1/events</c> records clicks, carts and purchases, and a request with an exploration share draws its
/// exploration slots from them — no retraining. They start empty at every app start and when the catalog changes size;
/// the events themselves are in the store and reach the models at the next rebuild.
/// </summary>
public sealed class LiveExploration
{
    private readonly Dictionary<string, ExplorationState> _states = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>The posteriors of <paramref name="workspace"/> for <paramref name="snapshot"/>'s catalog.</summary>
    public ExplorationState For(string workspace, ModelSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        lock (_lock)
        {
            if (!_states.TryGetValue(workspace, out var state) || state.ItemCount != snapshot.Catalog.Count)
                _states[workspace] = state = new ExplorationState(snapshot.Catalog.Count);
            return state;
        }
    }
}
