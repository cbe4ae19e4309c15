using System.Net;
using System.Net.Http.Json;
using ColdStart.Data.Storage;
using ColdStart.Engine.Domain;
using ColdStart.Tests.Shared;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ColdStart.Workbench.Tests.Api;

/// <summary><c>POST /api/v1/events</c> over the real store; the model is never built here (absent encoder).</summary>
public sealed class EventsApiTests : IDisposable
{
    private static readonly Uri Events = new("/api/v1/events", UriKind.Relative);
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task A_visitors_events_are_stored_in_the_workspace_history_the_model_is_built_from()
    {
        await using var factory = Create();
        using var client = factory.CreateClient();
        await TestApp.WaitForSeedingAsync(factory);
        var store = factory.Services.GetRequiredService<WorldStore>();
        var before = await store.LoadDatasetAsync("sample");
        var (first, second) = (before.Items[0].Id, before.Items[1].Id);
        long at = before.Now + 60;

        var created = await ApiJson.ReadAsync(await client.PostAsJsonAsync(Events, new
        {
            visitorId = "api-visitor-7",
            attributes = new Dictionary<string, string> { ["device"] = "mobile" },
            events = new object[]
            {
                new { type = "click", itemId = first, timestamp = at },
                new { type = "purchase", itemId = second, timestamp = at + 5 },
                new { type = "search", query = "rain jacket", timestamp = at + 9 },
            },
        }), HttpStatusCode.OK);
        var again = await ApiJson.ReadAsync(await client.PostAsJsonAsync(Events, new
        {
            visitorId = "api-visitor-7",
            events = new object[] { new { type = "cart", itemId = first } },
        }), HttpStatusCode.OK);

        Assert.Equal(3, created.GetProperty("recorded").GetInt32());
        Assert.True(created.GetProperty("newVisitor").GetBoolean());
        Assert.Empty(created.GetProperty("warnings").EnumerateArray());
        Assert.False(again.GetProperty("newVisitor").GetBoolean());
        Assert.Contains("days after the workspace's latest event", again.GetProperty("warnings")[0].GetString());
        var after = await store.LoadDatasetAsync("sample");
        int visitor = after.Users.Select((u, i) => (u, i)).Single(x => x.u.Id == "api-visitor-7").i;
        Assert.Equal("mobile", after.Users[visitor].Attributes["device"]);
        Assert.Equal(before.Users.Count + 1, after.Users.Count);
        var mine = after.Events.Where(e => e.User == visitor).ToList();
        Assert.Equal([EventType.View, EventType.Purchase, EventType.Search, EventType.Cart], mine.Select(e => e.Type));
        Assert.Equal([first, second], mine.Take(2).Select(e => after.Items[e.Item].Id));
        Assert.Equal("rain jacket", mine[2].Query);
        Assert.Equal(before.Events.Count + 4, after.Events.Count);
    }

    [Fact]
    public async Task Bad_events_are_refused_naming_the_field_and_nothing_is_stored()
    {
        await using var factory = Create();
        using var client = factory.CreateClient();
        await TestApp.WaitForSeedingAsync(factory);
        var store = factory.Services.GetRequiredService<WorldStore>();
        var before = await store.LoadDatasetAsync("sample");

        var malformed = await client.PostAsJsonAsync(Events, new
        {
            visitorId = " ",
            attributes = new Dictionary<string, string> { ["device"] = "toaster" },
            events = new object[]
            {
                new { type = "like", itemId = before.Items[0].Id },
                new { type = "search" },
                new { type = "purchase" },
                new { type = "view", itemId = before.Items[0].Id, timestamp = 99_999_999_999L },
            },
        });
        var unknownItem = await client.PostAsJsonAsync(Events, new
        {
            visitorId = "v1",
            events = new object[] { new { type = "view", itemId = before.Items[0].Id }, new { type = "view", itemId = "NO-SUCH-ITEM" } },
        });
        var none = await client.PostAsJsonAsync(Events, new { visitorId = "v1", events = Array.Empty<object>() });

        var errors = ApiJson.Errors(await ApiJson.ProblemAsync(malformed, HttpStatusCode.BadRequest));
        Assert.Contains("required", errors["visitorId"]);
        Assert.Contains("'toaster' is not a known device", errors["attributes.device"]);
        Assert.Contains("Unknown event type 'like'", errors["events[0].type"]);
        Assert.Contains("needs a query", errors["events[1].query"]);
        Assert.Contains("needs an itemId", errors["events[2].itemId"]);
        Assert.Contains("between 0 and a day from now", errors["events[3].timestamp"]);
        Assert.Contains("'NO-SUCH-ITEM' is not in workspace 'sample'", ApiJson.Errors(await ApiJson.ProblemAsync(unknownItem, HttpStatusCode.BadRequest))["events[1].itemId"]);
        Assert.Contains("between 1 and 100", ApiJson.Errors(await ApiJson.ProblemAsync(none, HttpStatusCode.BadRequest))["events"]);
        var after = await store.LoadDatasetAsync("sample");
        Assert.Equal(before.Events.Count, after.Events.Count);
        Assert.Equal(before.Users.Count, after.Users.Count);
    }

    private WebApplicationFactory<Program> Create() =>
        TestApp.Create(_database,
            // An encoder that does not exist: the model fails fast instead of training here.
            ("Models:EncoderModel", Path.Combine(_database.Folder, "absent.onnx")),
            ("Models:EncoderVocab", Path.Combine(_database.Folder, "absent-vocab.txt")));

    public void Dispose() => _database.Dispose();
}
