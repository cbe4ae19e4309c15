using System.Net;
using System.Text.Json;
using ColdStart.Data.Stores;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Scoring;
using Microsoft.Extensions.DependencyInjection;

namespace ColdStart.Workbench.Tests.Api;

public sealed class RecommendationsApiTests(ScoringApiFixture app) : IClassFixture<ScoringApiFixture>
{
    [Fact]
    public async Task Recommendations_for_a_stored_persona_equal_the_Scorer_ranking_for_the_same_persona_and_strategy()
    {
        var stored = (await app.Factory.Services.GetRequiredService<PersonaStore>().ListAsync(app.Live.Workspace))[1];
        var strategy = (await app.Factory.Services.GetRequiredService<StrategyStore>().ListAsync()).Single(s => s.Strategy.Name == "Balanced");
        var expected = app.Live.Current!.Scorer.Rank(app.Live.Current.Profiles.Build(stored.Persona), strategy.Strategy, 15);

        var byId = await ApiJson.ReadAsync(await ApiJson.PostAsync(app.Client, new { personaId = stored.Id, strategyId = strategy.Id, k = 15 }), HttpStatusCode.OK);
        var byName = await ApiJson.ReadAsync(await ApiJson.PostAsync(app.Client, new { persona = stored.Persona.Name, strategy = "Balanced", k = 15 }), HttpStatusCode.OK);

        foreach (var body in new[] { byId, byName })
        {
            var items = body.GetProperty("items").EnumerateArray().ToList();
            Assert.Equal(expected.Items.Select(i => i.Item.Id), items.Select(i => i.GetProperty("id").GetString()));
            Assert.Equal(expected.Items.Select(i => i.Score), items.Select(i => i.GetProperty("score").GetSingle()));
            Assert.Equal(stored.Persona.Name, body.GetProperty("persona").GetString());
            Assert.Equal("Balanced", body.GetProperty("strategy").GetString());
            Assert.Equal(expected.Candidates, body.GetProperty("candidates").GetInt32());
            var first = items[0];
            Assert.Equal(expected.Items[0].Explanation.Parts.Select(p => p.Name), first.GetProperty("parts").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
            Assert.Equal(first.GetProperty("score").GetSingle(), first.GetProperty("parts").EnumerateArray().Sum(p => p.GetProperty("value").GetSingle()), 3);
        }
    }

    [Fact]
    public async Task An_ad_hoc_profile_with_explicit_weights_and_rules_ranks_as_the_Scorer_does()
    {
        var snapshot = app.Live.Current!;
        string seed = snapshot.Catalog.Items[3].Id;
        string department = snapshot.Catalog.Items[3].Department;
        var persona = new Persona("Ad-hoc profile", new Dictionary<string, string>(), "warm waterproof hiking gear", [seed], ["rain jacket"]);
        var strategy = new Strategy("Custom", new BlendWeights(0.2f, 0.6f, 0.2f, 0, 0, 0.1f), 0,
            [new ExcludeSeenRule(), new DepartmentFilter([department])]);
        var expected = snapshot.Scorer.Rank(snapshot.Profiles.Build(persona), strategy, 8);

        var body = await ApiJson.ReadAsync(await ApiJson.PostAsync(app.Client, new
        {
            profile = new { interests = "warm waterproof hiking gear", seedItems = new[] { seed }, seedSearches = new[] { "rain jacket" } },
            weights = new { collaborative = 0.2, semantic = 0.6, popularity = 0.2, lexical = 0.1 },
            diversityLambda = 0,
            rules = new object[] { new { kind = "exclude-seen" }, new { kind = "department", departments = new[] { department } } },
            k = 8,
        }), HttpStatusCode.OK);

        var ids = body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();
        Assert.Equal(expected.Items.Select(i => i.Item.Id), ids);
        Assert.NotEmpty(ids);
        Assert.DoesNotContain(seed, ids);
        Assert.All(body.GetProperty("items").EnumerateArray(), i => Assert.Equal(department, i.GetProperty("department").GetString()));
        Assert.Equal(JsonValueKind.Null, body.GetProperty("persona").ValueKind);
        Assert.Equal(1, body.GetProperty("interactions").GetInt32());
    }

    [Fact]
    public async Task Validation_errors_name_each_bad_field()
    {
        var response = await ApiJson.PostAsync(app.Client, new
        {
            profile = new { seedItems = new[] { "NO-SUCH-ITEM" }, budgetMin = 50, budgetMax = 10 },
            weights = new { semantic = 1, popularity = -0.5 },
            diversityLambda = 2,
            rules = new object[] { new { kind = "shout" }, new { kind = "tag", tag = "sale" }, new { kind = "pin", itemId = "NOPE", position = 1 } },
            k = 0,
        });

        var errors = ApiJson.Errors(await ApiJson.ProblemAsync(response, HttpStatusCode.BadRequest));
        Assert.Contains("between 1 and 100", errors["k"]);
        Assert.Contains("popularity weight must be a finite number ≥ 0 (got -0.5)", errors["weights.popularity"]);
        Assert.Contains("between 0 and 1", errors["diversityLambda"]);
        Assert.Contains("Unknown rule kind 'shout'", errors["rules[0].kind"]);
        Assert.Contains("strength", errors["rules[1].strength"]);
        Assert.Contains("'NOPE' is not in the catalog", errors["rules[2].itemId"]);
        Assert.Contains("'NO-SUCH-ITEM' is not in the catalog", errors["profile.seedItems[0]"]);
        Assert.Contains("must not be below the minimum", errors["profile.budgetMax"]);
    }

    [Fact]
    public async Task A_body_of_the_wrong_shape_is_refused_naming_the_field_and_two_kinds_of_visitor_are_refused()
    {
        using var wrong = new StringContent("""{"personaId": 1, "k": "ten"}""", System.Text.Encoding.UTF8, "application/json");
        var wrongType = await app.Client.PostAsync(new Uri("/api/v1/recommendations", UriKind.Relative), wrong);
        var both = await ApiJson.PostAsync(app.Client, new { personaId = 1, persona = "x" });
        var strategyAndWeights = await ApiJson.PostAsync(app.Client, new { personaId = 1, strategy = "Balanced", weights = new { semantic = 1 } });

        Assert.Contains("k", ApiJson.Errors(await ApiJson.ProblemAsync(wrongType, HttpStatusCode.BadRequest)).Keys);
        Assert.Contains("exactly one of personaId", ApiJson.Errors(await ApiJson.ProblemAsync(both, HttpStatusCode.BadRequest))["persona"]);
        Assert.Contains("not both", ApiJson.Errors(await ApiJson.ProblemAsync(strategyAndWeights, HttpStatusCode.BadRequest))["weights"]);
    }

    [Fact]
    public async Task An_unknown_persona_or_strategy_is_a_404_problem_naming_it()
    {
        var persona = await ApiJson.ProblemAsync(await ApiJson.PostAsync(app.Client, new { personaId = 987654 }), HttpStatusCode.NotFound);
        var named = await ApiJson.ProblemAsync(await ApiJson.PostAsync(app.Client, new { persona = "Nobody at all" }), HttpStatusCode.NotFound);
        var strategy = await ApiJson.ProblemAsync(await ApiJson.PostAsync(app.Client, new { persona = "Nobody at all", strategyId = 987654 }), HttpStatusCode.NotFound);
        var personaId = (await app.Factory.Services.GetRequiredService<PersonaStore>().ListAsync(app.Live.Workspace))[0].Id;
        var unknownStrategy = await ApiJson.ProblemAsync(await ApiJson.PostAsync(app.Client, new { personaId, strategy = "No such strategy" }), HttpStatusCode.NotFound);

        Assert.Equal("Unknown persona", persona.GetProperty("title").GetString());
        Assert.Contains("no persona with id 987654 in workspace 'sample'", persona.GetProperty("detail").GetString());
        Assert.Contains("'Nobody at all'", named.GetProperty("detail").GetString());
        Assert.Equal("Unknown persona", strategy.GetProperty("title").GetString());
        Assert.Contains("no strategy named 'No such strategy'", unknownStrategy.GetProperty("detail").GetString());
    }
}
