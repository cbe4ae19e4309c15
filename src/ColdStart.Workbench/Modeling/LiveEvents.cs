using ColdStart.Data.Stores;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Training;
using ColdStart.Workbench.Api;

namespace ColdStart.Workbench.Modeling;

/// <summary>
/// The online update of the live models (each loaded workspace's, <see cref="ILiveModels"/>). A visitor's events (the Session page, <c>POST /api/v1/events</c>) are written
/// to the store first (<see cref="EventStore"/>), then applied: the live snapshot's popularity and freshness count them
/// at once (<see cref="ModelSnapshot.WithEvents"/>), each click, cart or purchase counts as a click in the exploration
/// posteriors (<see cref="LiveExploration"/>), and the next build learns from them as from any stored event. What is
/// applied is read back from the store after the live snapshot's <see cref="ModelSnapshot.EventWatermark"/>, so each
/// event is applied once, and a snapshot built while events were being written — or at start, after the app stopped
/// mid-session — catches up with those stored after its read as soon as it goes live.
/// </summary>
public sealed class LiveEvents : IDisposable
{
    private readonly EventStore _store;
    private readonly ILiveModels _models;
    private readonly LiveExploration _exploration;
    private readonly ILogger<LiveEvents> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, long> _posteriorWatermarks = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ModelSnapshot> _seen = new(StringComparer.Ordinal);

    public LiveEvents(EventStore store, ILiveModels models, LiveExploration exploration, ILogger<LiveEvents> logger)
    {
        _store = store;
        _models = models;
        _exploration = exploration;
        _logger = logger;
        _models.ModelChanged += OnChanged;
    }

    /// <summary>
    /// Writes <paramref name="events"/> of <paramref name="visitorId"/> to <paramref name="workspace"/> (all or none),
    /// then applies every stored event that workspace's live model (when it is loaded) has not seen yet.
    /// </summary>
    public async Task<RecordedEvents> RecordAsync(string workspace, string visitorId, IReadOnlyDictionary<string, string>? attributes,
        IReadOnlyList<VisitorEvent> events, CancellationToken cancellationToken = default)
    {
        var recorded = await _store.AppendAsync(workspace, visitorId, attributes, events, cancellationToken);
        if (recorded.Recorded > 0 && _models.Find(workspace) is { } live) await CatchUpAsync(live, cancellationToken);
        return recorded;
    }

    /// <summary>Applies to every loaded live model the events of its workspace stored after its watermark; returns how many were read.</summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken = default)
    {
        int read = 0;
        foreach (var live in _models.Loaded) read += await CatchUpAsync(live, cancellationToken);
        return read;
    }

    /// <summary>
    /// Applies to <paramref name="live"/>'s snapshot the events of its workspace stored after its watermark; returns how
    /// many were read (0 while no snapshot is loaded). Searches move the model's clock only; events of items the snapshot
    /// does not know move the watermark only.
    /// </summary>
    private async Task<int> CatchUpAsync(ILiveModel live, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                if (live.Current is not { } basis) return 0;
                string workspace = live.Workspace;
                _seen[workspace] = basis;
                var stored = await _store.ReadAfterAsync(workspace, basis.EventWatermark, cancellationToken: cancellationToken);
                if (stored.Count == 0) return 0;
                var online = new List<OnlineEvent>(stored.Count);
                var clicks = new List<(long Id, int Item)>(stored.Count);
                foreach (var e in stored)
                {
                    if (e.Type == EventType.Search) online.Add(new OnlineEvent(-1, e.Type, e.Timestamp, e.Attributes));
                    else if (e.ItemId is { } id && basis.Catalog.ItemById.TryGetValue(id, out int item))
                    {
                        online.Add(new OnlineEvent(item, e.Type, e.Timestamp, e.Attributes));
                        clicks.Add((e.Id, item));
                    }
                }
                var next = basis.WithEvents(online, stored[^1].Id);
                _seen[workspace] = next;
                if (!live.TryCommit(basis, next)) continue; // the live snapshot moved on meanwhile: apply to the new one
                await RecordClicksAsync(workspace, next, clicks, stored[^1].Id, CancellationToken.None); // applied to the priors: count them too
                return stored.Count;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Counts clicks in the posteriors once per event, even when a rebuilt snapshot re-applies events to its priors.</summary>
    private async Task RecordClicksAsync(string workspace, ModelSnapshot snapshot, List<(long Id, int Item)> clicks, long watermark,
        CancellationToken cancellationToken)
    {
        long from = _posteriorWatermarks.GetValueOrDefault(workspace);
        var state = await _exploration.ForAsync(workspace, snapshot, cancellationToken);
        foreach (var (id, item) in clicks)
            if (id > from) state.RecordClick(item);
        _posteriorWatermarks[workspace] = Math.Max(from, watermark);
    }

    private void OnChanged(ILiveModel live)
    {
        if (live.Current is not { } current || (_seen.TryGetValue(live.Workspace, out var seen) && ReferenceEquals(current, seen))) return;
        _ = CatchUpQuietlyAsync(live);
    }

    private async Task CatchUpQuietlyAsync(ILiveModel live)
    {
        try
        {
            int applied = await CatchUpAsync(live, CancellationToken.None);
            if (applied > 0) _logger.LogInformation("Applied {Count} events stored after the live model's read ({Workspace})", applied, live.Workspace);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _logger.LogWarning(ex, "Applying stored events to the live model failed; the next build learns from them");
        }
    }

    public void Dispose()
    {
        _models.ModelChanged -= OnChanged;
        _gate.Dispose();
    }
}
