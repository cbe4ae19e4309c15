using System.Net;
using System.Net.Http.Json;
using ColdStart.Workbench.Api;
using Microsoft.Extensions.DependencyInjection;

namespace ColdStart.Workbench.Tests.Api;

public sealed class ExplorationApiTests(ScoringApiFixture app) : IClassFixture<ScoringApiFixture>
{
    [Fact]
    public async Task An_exploration_share_gives_new_items_slots_and_posted_clicks_update_their_posterior_at_once()
    {
        var body = await ApiJson.ReadAsync(await ApiJson.PostAsync(app.Client,
            new { profile = new { interests = "hiking boots" }, strategy = "Balanced", explorationShare = 0.2, k = 10 }), HttpStatusCode.OK);
        var explored = body.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("explored").GetBoolean()).ToList();
        Assert.Equal(2, explored.Count);
        Assert.All(explored, i => Assert.True(i.GetProperty("isNew").GetBoolean()));
        Assert.All(explored, i => Assert.Contains(i.GetProperty("rulesFired").EnumerateArray(), r => r.GetString()!.StartsWith("Exploration slot", StringComparison.Ordinal)));

        string id = explored[0].GetProperty("id").GetString()!;
        var snapshot = app.Live.Current!;
        var state = await app.Factory.Services.GetRequiredService<LiveExploration>().ForAsync(app.Live.Workspace, snapshot);
        int index = snapshot.Catalog.ItemById[id];
        var (impressions, clicksBefore) = state.Counts(index);
        Assert.True(impressions >= 1);

        await ApiJson.ReadAsync(await app.Client.PostAsJsonAsync(new Uri("/api/v1/events", UriKind.Relative), new
        {
            visitorId = "explorer-1",
            events = new object[] { new { type = "click", itemId = id, timestamp = snapshot.Dataset.Now + 60 } },
        }), HttpStatusCode.OK);

        Assert.Equal(clicksBefore + 1, state.Counts(index).Clicks);
    }

    [Fact]
    public async Task Without_a_share_nothing_is_explored_and_a_share_outside_0_to_1_is_refused()
    {
        var plain = await ApiJson.ReadAsync(await ApiJson.PostAsync(app.Client, new { persona = "Outdoor enthusiast", k = 10 }), HttpStatusCode.OK);
        Assert.DoesNotContain(plain.GetProperty("items").EnumerateArray(), i => i.GetProperty("explored").GetBoolean());

        var problem = await ApiJson.ProblemAsync(await ApiJson.PostAsync(app.Client, new { persona = "Outdoor enthusiast", explorationShare = 1.5 }), HttpStatusCode.BadRequest);
        Assert.Contains("explorationShare must be between 0 and 1", ApiJson.Errors(problem)["explorationShare"], StringComparison.Ordinal);
    }
}
