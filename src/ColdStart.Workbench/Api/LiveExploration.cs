using ColdStart.Engine.Scoring;
using ColdStart.Engine.Training;

namespace ColdStart.Workbench.Api;

/// <summary>
/// The exploration posteriors of the running app, in memory, per workspace: recommendations and the Session page record
/// what they show, and <see cref="Modeling.LiveEvents"/> records clicks, carts and purchases once they are stored (and,
/// after a restart, those stored after the live model's read); a request with an exploration share draws its
/// exploration slots from them — no retraining. Impressions are not stored, so they start at zero at every app start
/// and when the catalog changes size.
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
