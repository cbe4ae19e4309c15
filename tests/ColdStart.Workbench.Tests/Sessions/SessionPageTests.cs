using Bunit;
using ColdStart.Data;
using ColdStart.Data.Stores;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.World;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Components.Pages.Session;
using ColdStart.Workbench.Modeling;
using ColdStart.Workbench.Sessions;
using ColdStart.Workbench.Tests.Compare;
using ColdStart.Workbench.Tests.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ColdStart.Workbench.Tests.Sessions;

public sealed class SessionPageTests : BunitTestBase, IClassFixture<TinyModelFixture>
{
    private const string Workspace = "sample";
    private readonly TinyModelFixture _model;
    private readonly TempDatabase _database = new();
    private readonly FakeLiveModel _live = new(Workspace);

    public SessionPageTests(TinyModelFixture model)
    {
        _model = model;
        Services.AddSingleton<ILiveModel>(_live);
        Services.AddSingleton<ILiveModels>(new FakeLiveModels(_live));
        Services.AddSingleton(_database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>());
        Services.AddLogging();
        Services.AddSessions();
    }

    [Fact]
    public async Task A_click_folds_into_the_profile_and_the_list_is_ranked_again_without_the_clicked_item()
    {
        var cut = await StartAsync();
        string clicked = cut.FindAll("[data-testid=session-item]")[0].GetAttribute("data-item-id")!;

        cut.Find("[data-testid=click-1]").Click();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=session-step]").Count));
        var interactions = cut.FindAll("[data-testid=session-interactions]").Select(c => int.Parse(c.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(interactions[0] + 1, interactions[1]);
        Assert.DoesNotContain(clicked, cut.FindAll("[data-testid=session-item]").Select(r => r.GetAttribute("data-item-id")));
        Assert.Contains("Clicked #1", cut.Find("[data-testid=session-history]").TextContent, StringComparison.Ordinal);
        Assert.StartsWith("data:application/json;base64,", cut.Find("[data-testid=session-export]").GetAttribute("href"), StringComparison.Ordinal);
        using var db = _database.CreateContext();
        Assert.Single(db.Events.Where(e => e.User!.ExternalId.StartsWith("session-") && e.Item!.ExternalId == clicked && e.Type == EventType.View));
        Assert.NotSame(_model.Snapshot, _live.Current); // the click was applied to the live model's popularity
        // Both lists shown were stored as impressions (10 items each) and counted in the live posteriors.
        Assert.Equal(20, db.ItemImpressions.Sum(i => i.Impressions));
        var state = await Services.GetRequiredService<ColdStart.Workbench.Api.LiveExploration>().ForAsync(Workspace, _live.Current!);
        Assert.Equal(20, Enumerable.Range(0, state.ItemCount).Sum(i => state.Counts(i).Impressions));
    }

    [Fact]
    public async Task A_typed_search_folds_into_the_profile_is_stored_and_the_path_replays_and_exports_as_csv()
    {
        var cut = await StartAsync();
        string firstList = string.Join(",", cut.FindAll("[data-testid=session-item]").Select(r => r.GetAttribute("data-item-id")));

        cut.Find("[data-testid=session-query] input, input[data-testid=session-query]").Change("waterproof rain jacket");
        cut.Find("[data-testid=session-search]").Click();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=session-step]").Count));
        Assert.Contains("Searched \"waterproof rain jacket\"", cut.Find("[data-testid=session-history]").TextContent, StringComparison.Ordinal);
        var interactions = cut.FindAll("[data-testid=session-interactions]").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(interactions[0], interactions[1]); // a search is words, not a revealed item
        string csv = Decode(cut.Find("[data-testid=session-export-csv]").GetAttribute("href")!, "data:text/csv;base64,");
        Assert.StartsWith("step,action,interactions,drift,rank,item_id", csv, StringComparison.Ordinal);
        Assert.Contains("\"Searched \"\"waterproof rain jacket\"\"\"", csv, StringComparison.Ordinal);
        using (var db = _database.CreateContext())
            Assert.Single(db.Events.Where(e => e.Type == EventType.Search && e.Query == "waterproof rain jacket" && e.User!.ExternalId.StartsWith("session-")));

        cut.FindAll("[data-testid=session-step]")[0].Click();
        cut.WaitForAssertion(() => cut.Find("[data-testid=session-replaying]"));
        Assert.Equal(firstList, string.Join(",", cut.FindAll("[data-testid=session-item]").Select(r => r.GetAttribute("data-item-id"))));
        Assert.True(cut.Find("[data-testid=click-1]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task A_session_whose_persona_was_deleted_meanwhile_ends_with_a_message()
    {
        var cut = await StartAsync();
        var personas = Services.GetRequiredService<PersonaStore>();
        var played = (await personas.ListAsync(Workspace))[0];
        await personas.DeleteAsync(played.Id);
        int before = CountEvents();

        cut.Find("[data-testid=click-1]").Click();

        cut.WaitForAssertion(() => Assert.Contains($"Persona '{played.Persona.Name}' was deleted or renamed meanwhile; the session has ended",
            cut.Find("[data-testid=session-ended]").TextContent, StringComparison.Ordinal));
        Assert.Single(cut.FindAll("[data-testid=session-step]"));
        Assert.True(cut.Find("[data-testid=click-1]").HasAttribute("disabled"));
        Assert.Equal(before, CountEvents());
    }

    [Fact]
    public async Task A_session_whose_strategy_was_renamed_meanwhile_ends_with_a_message()
    {
        await _database.PrepareAsync();
        var strategies = Services.GetRequiredService<StrategyStore>();
        var stored = await strategies.AddAsync(Strategy.Balanced with { Name = "Doomed" });
        var cut = await StartAsync(strategy: "Doomed");
        await strategies.UpdateAsync(stored.Id, stored.Version, stored.Strategy with { Name = "Renamed" });

        cut.Find("[data-testid=buy-1]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Strategy 'Doomed' was deleted or renamed meanwhile",
            cut.Find("[data-testid=session-ended]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void A_typed_search_joins_the_personas_seed_searches_in_the_profile()
    {
        var snapshot = _model.Snapshot;
        var persona = SamplePersonas.For(_model.World.Dataset)[0];

        var before = ColdStart.Engine.Simulation.SessionProfile.Build(snapshot, persona, []);
        var after = ColdStart.Engine.Simulation.SessionProfile.Build(snapshot, persona, [], ["waterproof jacket"]);
        var direct = snapshot.Profiles.Build(persona with { SeedSearches = [.. persona.SeedSearches, "waterproof jacket"] });

        Assert.Contains("waterproof", after.Terms);
        Assert.DoesNotContain("waterproof", before.Terms);
        Assert.Equal(direct.Semantic, after.Semantic); // the lab's profile builder, nothing else
        Assert.NotEqual(before.Semantic, after.Semantic);
        Assert.Equal(before.Interactions, after.Interactions);
    }

    private async Task<IRenderedComponent<SessionPage>> StartAsync(string? strategy = null)
    {
        var store = await _database.PrepareAsync();
        await store.SaveWorldAsync(Workspace, _model.World);
        _live.Current = _model.Snapshot.WithEvents([], (await store.LoadDatasetAsync(Workspace)).EventWatermark);
        var cut = RenderInteractive<SessionPage>();
        cut.WaitForAssertion(() => cut.Find("[data-testid=session-start]"));
        if (strategy is not null)
            await cut.InvokeAsync(() => cut.FindComponents<MudBlazor.MudSelect<string>>()[1].Instance.ValueChanged.InvokeAsync(strategy));
        cut.Find("[data-testid=session-start]").Click();
        cut.WaitForAssertion(() => Assert.Equal(10, cut.FindAll("[data-testid=session-item]").Count));
        return cut;
    }

    private int CountEvents()
    {
        using var db = _database.CreateContext();
        return db.Events.Count();
    }

    private static string Decode(string href, string prefix)
    {
        Assert.StartsWith(prefix, href, StringComparison.Ordinal);
        return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(href[prefix.Length..]));
    }

    [Fact]
    public void A_session_with_exploration_shows_new_items_and_its_path_follows_the_interaction_count()
    {
        var snapshot = _model.Snapshot;
        var persona = SamplePersonas.For(_model.World.Dataset)[0];
        var state = new ExplorationState(snapshot.Catalog.Count);
        var session = new VisitorSession(snapshot, persona, Strategy.Balanced.WithExploration(0.2f), state);

        Assert.Equal(2, session.Current.Items.Count(i => i.Explored));
        Assert.All(session.Current.Items.Where(i => i.Explored), i => Assert.True(snapshot.Catalog.Cold[i.Index]));
        int baseInteractions = session.Current.Interactions;
        var explored = session.Current.Items.First(i => i.Explored);
        var bought = session.Click(explored.Item.Id, purchase: true);
        session.Apply(bought);

        Assert.Equal(EventType.Purchase, bought.Type);
        Assert.Equal(snapshot.Popularity.Now, bought.Timestamp); // sessions play in the workspace's time
        Assert.Equal(baseInteractions + 1, session.Current.Interactions);
        Assert.Equal(0, state.Counts(explored.Index).Impressions); // the page stores what was shown, then counts it
        Assert.True(session.Current.Drift > 0);
        Assert.Throws<ArgumentException>(() => session.Click("no-such-item", purchase: false));
        Assert.Throws<ArgumentException>(() => session.Search("  "));
        Assert.Contains("\"action\": \"Bought #", session.ToJson(), StringComparison.Ordinal);
        session.End("gone");
        Assert.Throws<InvalidOperationException>(() => session.Search("boots"));
    }
}
