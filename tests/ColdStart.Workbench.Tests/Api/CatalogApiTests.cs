using System.Net;
using ColdStart.Data.Stores;
using Microsoft.Extensions.DependencyInjection;

namespace ColdStart.Workbench.Tests.Api;

public sealed class CatalogApiTests(ScoringApiFixture app) : IClassFixture<ScoringApiFixture>
{
    [Fact]
    public async Task Items_are_paged_with_a_total_count_and_a_bounded_page_size()
    {
        var first = await GetAsync("/api/v1/items?page=1&pageSize=7");
        var second = await GetAsync("/api/v1/items?page=2&pageSize=7");
        var beyond = await GetAsync("/api/v1/items?page=1000&pageSize=7");
        var tooLarge = await app.Client.GetAsync(new Uri("/api/v1/items?pageSize=101", UriKind.Relative));
        var zero = await app.Client.GetAsync(new Uri("/api/v1/items?page=0", UriKind.Relative));

        var firstIds = Ids(first);
        var secondIds = Ids(second);
        Assert.Equal(300, first.GetProperty("totalCount").GetInt32());
        Assert.Equal(7, firstIds.Count);
        Assert.Equal(7, secondIds.Count);
        Assert.Empty(firstIds.Intersect(secondIds));
        Assert.Equal(2, second.GetProperty("page").GetInt32());
        Assert.Empty(Ids(beyond));
        Assert.Equal(300, beyond.GetProperty("totalCount").GetInt32());
        Assert.Contains("between 1 and 100", ApiJson.Errors(await ApiJson.ProblemAsync(tooLarge, HttpStatusCode.BadRequest))["pageSize"]);
        Assert.Contains("at least 1", ApiJson.Errors(await ApiJson.ProblemAsync(zero, HttpStatusCode.BadRequest))["page"]);
    }

    [Fact]
    public async Task Personas_strategies_and_workspaces_are_listed_from_the_stores()
    {
        var stored = await app.Factory.Services.GetRequiredService<PersonaStore>().ListAsync("sample");
        var strategies = await app.Factory.Services.GetRequiredService<StrategyStore>().ListAsync();

        var personas = await GetAsync("/api/v1/personas");
        var strategyList = await GetAsync("/api/v1/strategies");
        var workspaces = await GetAsync("/api/v1/workspaces");

        Assert.Equal("sample", personas.GetProperty("workspace").GetString());
        Assert.Equal(stored.Select(p => (p.Id, p.Persona.Name)),
            personas.GetProperty("personas").EnumerateArray().Select(p => (p.GetProperty("id").GetInt32(), p.GetProperty("name").GetString()!)));
        Assert.Equal(strategies.Select(s => (s.Id, s.Strategy.Name)),
            strategyList.EnumerateArray().Select(s => (s.GetProperty("id").GetInt32(), s.GetProperty("name").GetString()!)));
        Assert.Contains(strategyList.EnumerateArray(), s => s.GetProperty("strategy").GetProperty("weights").GetProperty("semantic").GetSingle() > 0);
        var sample = Assert.Single(workspaces.EnumerateArray());
        Assert.Equal("sample", sample.GetProperty("name").GetString());
        Assert.True(sample.GetProperty("active").GetBoolean());
        Assert.Equal(300, sample.GetProperty("items").GetInt32());
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_every_endpoint_and_the_reference_page_is_served()
    {
        var document = await GetAsync("/openapi/v1.json");
        var reference = await app.Client.GetAsync(new Uri("/scalar/", UriKind.Relative));

        var paths = document.GetProperty("paths");
        Assert.True(paths.GetProperty("/api/v1/recommendations").TryGetProperty("post", out _));
        Assert.True(paths.GetProperty("/api/v1/events").TryGetProperty("post", out _));
        foreach (var path in new[] { "/api/v1/personas", "/api/v1/strategies", "/api/v1/items", "/api/v1/workspaces" })
            Assert.True(paths.GetProperty(path).TryGetProperty("get", out _), path);
        var responses = paths.GetProperty("/api/v1/recommendations").GetProperty("post").GetProperty("responses");
        Assert.All(new[] { "200", "400", "401", "403", "404", "429", "503" }, code => Assert.True(responses.TryGetProperty(code, out _), code));
        Assert.Equal(6, paths.EnumerateObject().Count(p => p.Name.StartsWith("/api/", StringComparison.Ordinal)));
        Assert.Equal("X-Api-Key", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey").GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
        var html = await reference.Content.ReadAsStringAsync();
        Assert.True(html.Contains("openapi/v1.json", StringComparison.Ordinal), html);
    }

    private async Task<System.Text.Json.JsonElement> GetAsync(string path) =>
        await ApiJson.ReadAsync(await app.Client.GetAsync(new Uri(path, UriKind.Relative)), HttpStatusCode.OK);

    private static List<string> Ids(System.Text.Json.JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];
}
