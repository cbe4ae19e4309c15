using Bunit;
using ColdStart.Data;
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
        Services.AddSingleton(_database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>());
        Services.AddLogging();
        Services.AddSessions();
    }

    [Fact]
    public async Task A_click_folds_into_the_profile_and_the_list_is_ranked_again_without_the_clicked_item()
    {
        var store = await _database.PrepareAsync();
        await store.SaveWorldAsync(Workspace, _model.World);
        _live.Current = _model.Snapshot;

        var cut = RenderInteractive<SessionPage>();
        cut.WaitForAssertion(() => cut.Find("[data-testid=session-start]"));
        cut.Find("[data-testid=session-start]").Click();
        cut.WaitForAssertion(() => Assert.Equal(10, cut.FindAll("[data-testid=session-item]").Count));
        string clicked = cut.FindAll("[data-testid=session-item]")[0].GetAttribute("data-item-id")!;

        cut.Find("[data-testid=click-1]").Click();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=session-step]").Count));
        var interactions = cut.FindAll("[data-testid=session-interactions]").Select(c => int.Parse(c.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(interactions[0] + 1, interactions[1]);
        Assert.DoesNotContain(clicked, cut.FindAll("[data-testid=session-item]").Select(r => r.GetAttribute("data-item-id")));
        Assert.Contains("Clicked #1", cut.Find("[data-testid=session-history]").TextContent, StringComparison.Ordinal);
        Assert.StartsWith("data:application/json;base64,", cut.Find("[data-testid=session-export]").GetAttribute("href"), StringComparison.Ordinal);
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
        session.Act(explored.Item.Id, purchase: true);

        Assert.Equal(baseInteractions + 1, session.Current.Interactions);
        Assert.Equal(1, state.Counts(explored.Index).Clicks);
        Assert.True(state.Counts(explored.Index).Impressions >= 1);
        Assert.True(session.Current.Drift > 0);
        Assert.Throws<ArgumentException>(() => session.Act("no-such-item", purchase: false));
        Assert.Contains("\"action\": \"Bought #", session.ToJson(), StringComparison.Ordinal);
    }
}
