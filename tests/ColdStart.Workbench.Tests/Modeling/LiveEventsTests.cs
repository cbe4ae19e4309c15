using ColdStart.Data;
using ColdStart.Data.Stores;
using ColdStart.Engine.Collaborative;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Training;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Api;
using ColdStart.Workbench.Modeling;
using ColdStart.Workbench.Tests.Compare;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ColdStart.Workbench.Tests.Modeling;

/// <summary><see cref="LiveEvents"/> over a real SQLite file: written first, applied at once, restored after a restart.</summary>
public sealed class LiveEventsTests(TinyModelFixture model) : IClassFixture<TinyModelFixture>, IDisposable
{
    private const string Workspace = "sample";
    private static readonly Dictionary<string, string> Mobile = new() { ["device"] = "mobile" };
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Events_survive_a_restart()
    {
        var built = await BuiltBeforeTheEventsAsync();
        int item = built.Catalog.ColdItems[0];
        string id = built.Catalog.Items[item].Id;
        long at = built.Popularity.Now;
        VisitorEvent[] events = [new(EventType.View, id, null, at), new(EventType.Purchase, id, null, at + 60), new(EventType.Search, null, "rain jacket", at + 90)];

        ModelSnapshot applied;
        using (var app = new App(_database.Configuration, built))
        {
            int storedWhenApplied = -1;
            app.Live.Changed += () => storedWhenApplied = storedWhenApplied < 0 ? CountEvents() : storedWhenApplied;
            int before = CountEvents();

            var recorded = await app.Events.RecordAsync(Workspace, "visitor-1", Mobile, events);

            Assert.Equal(3, recorded.Recorded);
            Assert.Equal(before + 3, storedWhenApplied); // written before they were applied
            applied = app.Live.Current!;
            Assert.True(applied.Catalog.Popularity[item] > built.Catalog.Popularity[item], "the new item's popularity counts the click and the purchase at once");
            Assert.Equal(at + 90, applied.Popularity.Now);
            Assert.Equal(2, (await app.Exploration.ForAsync(Workspace, applied)).Counts(item).Clicks);
        }

        // The app stopped after writing; a new one over the same file starts from a model read before the events and catches up.
        using (var restarted = new App(_database.Configuration, built))
        {
            Assert.Equal(3, await restarted.Events.CatchUpAsync());
            var restored = restarted.Live.Current!;
            Assert.Equal(applied.Catalog.Popularity, restored.Catalog.Popularity);
            Assert.Equal(applied.Catalog.Freshness, restored.Catalog.Freshness);
            Assert.Equal(applied.EventWatermark, restored.EventWatermark);
            Assert.Equal(2, (await restarted.Exploration.ForAsync(Workspace, restored)).Counts(item).Clicks);
            Assert.Equal(0, await restarted.Events.CatchUpAsync());
        }

        // The next build reads them from the store: its priors are the ones applied online.
        var reread = await _database.Store.LoadDatasetAsync(Workspace);
        Assert.Equal(applied.EventWatermark, reread.EventWatermark);
        var options = applied.Options;
        var rebuilt = PopularityModel.Build(reread, options.Weights, options.PopularityHalfLifeDays, options.FreshnessHalfLifeDays);
        for (int i = 0; i < rebuilt.Popularity.Length; i++)
            Assert.True(Math.Abs(rebuilt.Popularity[i] - applied.Catalog.Popularity[i]) <= 1e-4 * Math.Max(1, rebuilt.Popularity[i]), $"item {i}");
        Assert.Equal(rebuilt.Freshness, applied.Catalog.Freshness);
    }

    [Fact]
    public async Task Impressions_survive_a_restart_and_the_posterior_after_it_equals_the_one_before()
    {
        var built = await BuiltBeforeTheEventsAsync();
        int shownTwice = built.Catalog.ColdItems[0], clicked = built.Catalog.ColdItems[1];
        int old = Enumerable.Range(0, built.Catalog.Count).First(i => !built.Catalog.Cold[i]);
        const double PriorMean = 0.05, PriorStrength = 20;

        (double Alpha, double Beta)[] before;
        using (var app = new App(_database.Configuration, built))
        {
            await app.Exploration.RecordImpressionsAsync(Workspace, built, [shownTwice, clicked, old]);
            await app.Exploration.RecordImpressionsAsync(Workspace, built, [shownTwice]);
            await app.Events.RecordAsync(Workspace, "visitor-3", null,
                [new(EventType.View, built.Catalog.Items[clicked].Id, null, built.Popularity.Now)]);
            var live = app.Live.Current!;
            var state = await app.Exploration.ForAsync(Workspace, live);
            Assert.Equal((2, 0), state.Counts(shownTwice));
            Assert.Equal((1, 1), state.Counts(clicked));
            before = [.. Enumerable.Range(0, state.ItemCount).Select(i => state.Posterior(i, PriorMean, PriorStrength))];
        }
        using (var db = _database.CreateContext())
            Assert.Equal(4, db.ItemImpressions.Sum(i => i.Impressions)); // written before they were counted

        // A new app over the same file: impressions come back from their counters, clicks from the stored events.
        using var restarted = new App(_database.Configuration, built);
        await restarted.Events.CatchUpAsync();
        var restored = await restarted.Exploration.ForAsync(Workspace, restarted.Live.Current!);

        Assert.Equal((2, 0), restored.Counts(shownTwice));
        Assert.Equal((1, 1), restored.Counts(clicked));
        Assert.Equal(before, Enumerable.Range(0, restored.ItemCount).Select(i => restored.Posterior(i, PriorMean, PriorStrength)));
    }

    [Fact]
    public async Task Events_of_unknown_items_are_refused_with_the_reason_and_nothing_is_stored_or_applied()
    {
        var built = await BuiltBeforeTheEventsAsync();
        using var app = new App(_database.Configuration, built);
        int before = CountEvents();
        long at = built.Popularity.Now;

        var recorded = await app.Events.RecordAsync(Workspace, "visitor-2", null,
            [new(EventType.View, built.Catalog.Items[0].Id, null, at), new(EventType.Cart, "NO-SUCH-ITEM", null, at)]);
        var answer = await new VisitorEvents(app.Events, TimeProvider.System).RecordAsync(new EventsRequest
        {
            VisitorId = "visitor-2",
            Events = [new EventRequest { Type = "purchase", ItemId = "NO-SUCH-ITEM", Timestamp = at }],
        }, Workspace);

        Assert.Equal([1], recorded.UnknownItems);
        Assert.Equal(0, recorded.Recorded);
        var problem = Assert.IsType<ValidationProblem>(answer.Result);
        Assert.Contains("Item 'NO-SUCH-ITEM' is not in workspace 'sample'", problem.ProblemDetails.Errors["events[0].itemId"][0], StringComparison.Ordinal);
        Assert.Equal(before, CountEvents());
        Assert.Same(built, app.Live.Current);
        Assert.Empty(app.Live.Commits);
    }

    /// <summary>The tiny world stored, and the model the app built from it (its watermark is the store's newest event).</summary>
    private async Task<ModelSnapshot> BuiltBeforeTheEventsAsync()
    {
        var store = await _database.PrepareAsync();
        await store.SaveWorldAsync(Workspace, model.World);
        var stored = await store.LoadDatasetAsync(Workspace);
        Assert.True(stored.EventWatermark > 0);
        return model.Snapshot.WithEvents([], stored.EventWatermark);
    }

    private int CountEvents()
    {
        using var db = _database.CreateContext();
        return db.Events.Count();
    }

    public void Dispose() => _database.Dispose();

    /// <summary>The services an app process holds, over the database file its configuration names.</summary>
    private sealed class App : IDisposable
    {
        private readonly ServiceProvider _services;

        public App(IConfiguration configuration, ModelSnapshot built)
        {
            Live = new FakeLiveModel(Workspace) { Current = built };
            var services = new ServiceCollection();
            services.AddLogging();
            services.AddColdStartData(configuration);
            services.AddSingleton<ILiveModels>(new FakeLiveModels(Live));
            services.AddSingleton<ImpressionStore>();
            services.AddSingleton<LiveExploration>();
            services.AddSingleton<EventStore>();
            services.AddSingleton<LiveEvents>();
            _services = services.BuildServiceProvider();
        }

        public FakeLiveModel Live { get; }
        public LiveEvents Events => _services.GetRequiredService<LiveEvents>();
        public LiveExploration Exploration => _services.GetRequiredService<LiveExploration>();

        public void Dispose() => _services.Dispose();
    }
}
