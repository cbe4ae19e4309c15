using ColdStart.Data.Stores;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Training;

namespace ColdStart.Workbench.Api;

/// <summary>
/// The exploration posteriors of the running app, in memory, per workspace: recommendations and the Session page record
/// what they show (<see cref="RecordImpressionsAsync"/>: written to the <see cref="ImpressionStore"/> first, then
/// counted), and <see cref="Modeling.LiveEvents"/> records clicks, carts and purchases once they are stored (and, after
/// a restart, those stored after the live model's read); a request with an exploration share draws its exploration
/// slots from them — no retraining. A workspace's posteriors are made on first use (and again when the catalog changes
/// size) with the stored impressions of its items, so a restart loses none.
/// </summary>
public sealed class LiveExploration(ImpressionStore impressions) : IDisposable
{
    private readonly Dictionary<string, ExplorationState> _states = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _creating = new(1, 1);

    /// <summary>The posteriors of <paramref name="workspace"/> for <paramref name="snapshot"/>'s catalog, made with the stored impressions on first use.</summary>
    public async Task<ExplorationState> ForAsync(string workspace, ModelSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (Find(workspace, snapshot) is { } state) return state;
        await _creating.WaitAsync(cancellationToken);
        try
        {
            if (Find(workspace, snapshot) is { } made) return made;
            var stored = await impressions.ReadAsync(workspace, cancellationToken);
            var fresh = new ExplorationState(snapshot.Catalog.Count);
            foreach (var (id, count) in stored)
                if (snapshot.Catalog.ItemById.TryGetValue(id, out int item))
                    fresh.RecordImpressions(item, (int)Math.Min(int.MaxValue, count));
            lock (_lock) _states[workspace] = fresh;
            return fresh;
        }
        finally
        {
            _creating.Release();
        }
    }

    /// <summary>
    /// Records that <paramref name="items"/> (indices into <paramref name="snapshot"/>'s catalog) were shown: stored
    /// first, then counted in the posteriors, so nothing counted is lost when the app stops.
    /// </summary>
    /// <exception cref="KeyNotFoundException">The workspace no longer exists (nothing is counted).</exception>
    public async Task RecordImpressionsAsync(string workspace, ModelSnapshot snapshot, IReadOnlyList<int> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0) return;
        var state = await ForAsync(workspace, snapshot, cancellationToken);
        await impressions.AddAsync(workspace, [.. items.Select(i => snapshot.Catalog.Items[i].Id)], cancellationToken);
        foreach (int item in items) state.RecordImpression(item);
    }

    private ExplorationState? Find(string workspace, ModelSnapshot snapshot)
    {
        lock (_lock)
            return _states.TryGetValue(workspace, out var state) && state.ItemCount == snapshot.Catalog.Count ? state : null;
    }

    public void Dispose() => _creating.Dispose();
}
