using ColdStart.Data.Stores;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Training;
using ColdStart.Workbench.Api;

namespace ColdStart.Workbench.Modeling;

/// <summary>
/// The online update of the live model. A visitor's events (the Session page, <c>POST /api/v1/events</c>) are written
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
    private readonly ILiveModel _live;
    private readonly LiveExploration _exploration;
    private readonly ILogger<LiveEvents> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, long> _posteriorWatermarks = new(StringComparer.Ordinal);
    private volatile ModelSnapshot? _seen;

    public LiveEvents(EventStore store, ILiveModel live, LiveExploration exploration, ILogger<LiveEvents> logger)
    {
        _store = store;
        _live = live;
        _exploration = exploration;
        _logger = logger;
        _live.Changed += OnChanged;
    }

    /// <summary>
    /// Writes <paramref name="events"/> of <paramref name="visitorId"/> to <paramref name="workspace"/> (all or none),
    /// then applies every stored event the live model has not seen yet.
    /// </summary>
    public async Task<RecordedEvents> RecordAsync(string workspace, string visitorId, IReadOnlyDictionary<string, string>? attributes,
        IReadOnlyList<VisitorEvent> events, CancellationToken cancellationToken = default)
    {
        var recorded = await _store.AppendAsync(workspace, visitorId, attributes, events, cancellationToken);
        if (recorded.Recorded > 0) await CatchUpAsync(cancellationToken);
        return recorded;
    }

    /// <summary>
    /// Applies to the live snapshot the events of its workspace stored after its watermark; returns how many were read
    /// (0 while no snapshot is loaded). Searches move the model's clock only; events of items the snapshot does not know
    /// move the watermark only.
    /// </summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                if (_live.Current is not { } basis) return 0;
                _seen = basis;
                string workspace = basis.Dataset.Name;
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
                _seen = next;
                if (!_live.TryCommit(basis, next)) continue; // the live snapshot moved on meanwhile: apply to the new one
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

    private void OnChanged()
    {
        if (_live.Current is not { } current || ReferenceEquals(current, _seen)) return;
        _ = CatchUpQuietlyAsync();
    }

    private async Task CatchUpQuietlyAsync()
    {
        try
        {
            int applied = await CatchUpAsync();
            if (applied > 0) _logger.LogInformation("Applied {Count} events stored after the live model's read", applied);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _logger.LogWarning(ex, "Applying stored events to the live model failed; the next build learns from them");
        }
    }

    public void Dispose()
    {
        _live.Changed -= OnChanged;
        _gate.Dispose();
    }
}
