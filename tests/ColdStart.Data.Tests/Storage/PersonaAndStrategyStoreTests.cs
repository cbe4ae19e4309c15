using ColdStart.Data.Mapping;
using ColdStart.Data.Storage;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Scoring;
using ColdStart.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace ColdStart.Data.Tests.Storage;

public sealed class PersonaAndStrategyStoreTests
{
    private static readonly Persona NewParent = new(
        "New parent on mobile",
        new Dictionary<string, string> { [UserAttributes.AgeBand] = "25-34", [UserAttributes.Device] = "mobile" },
        "baby gear, quiet toys, easy cleaning",
        ["SKU-1", "SKU-4"],
        ["stroller", "bottle warmer"],
        BudgetMin: 10,
        BudgetMax: 250.5f);

    private static readonly Strategy Merchandised = new(
        "Summer push",
        new BlendWeights(0.3f, 0.4f, 0.2f, 0.1f),
        0.35f,
        [
            new TagRule("summer", 0.25f),
            new TagRule("clearance", -0.5f),
            new DepartmentFilter(["Outdoor", "Fashion"], Exclude: true),
            new PriceFilter(null, 99.9f),
            new ExcludeSeenRule(),
            new PinRule("SKU-3", 1),
        ]);

    [Fact]
    public async Task Personas_stored_with_a_world_come_back_unchanged()
    {
        using var database = new TempDatabase();
        var store = await database.PrepareAsync();
        await store.SaveWorldAsync(new WorkspaceContent("tiny", WorkspaceKinds.Csv, TinyWorld.Create(), Personas: [NewParent]));

        await using var db = database.CreateContext();
        var entity = await db.Personas.SingleAsync();
        var persona = entity.ToPersona();

        Assert.Equal(NewParent.Name, persona.Name);
        Assert.Equal(NewParent.Attributes, persona.Attributes);
        Assert.Equal(NewParent.Interests, persona.Interests);
        Assert.Equal(NewParent.SeedItemIds, persona.SeedItemIds);
        Assert.Equal(NewParent.SeedSearches, persona.SeedSearches);
        Assert.Equal((10f, 250.5f), (persona.BudgetMin!.Value, persona.BudgetMax!.Value));
        Assert.Equal(1, entity.Version);
    }

    [Fact]
    public async Task Strategy_rules_of_every_kind_survive_as_polymorphic_json()
    {
        using var database = new TempDatabase();
        await database.PrepareAsync();
        await using (var db = database.CreateContext())
        {
            db.Strategies.Add(Merchandised.ToEntity());
            await db.SaveChangesAsync();
        }

        await using var read = database.CreateContext();
        var entity = await read.Strategies.SingleAsync();
        var strategy = entity.ToStrategy();

        Assert.Contains("\"kind\":\"department\"", entity.RulesJson);
        Assert.Equal((Merchandised.Name, Merchandised.Weights, Merchandised.DiversityLambda), (strategy.Name, strategy.Weights, strategy.DiversityLambda));
        Assert.Equal(6, strategy.Rules.Count);
        Assert.Equal(Merchandised.Rules[0], strategy.Rules[0]);
        Assert.Equal(Merchandised.Rules[1], strategy.Rules[1]);
        var filter = Assert.IsType<DepartmentFilter>(strategy.Rules[2]);
        Assert.Equal(["Outdoor", "Fashion"], filter.Departments);
        Assert.True(filter.Exclude);
        Assert.Equal(Merchandised.Rules.Skip(3), strategy.Rules.Skip(3));
    }

    [Fact]
    public async Task Preset_strategies_are_added_once_and_never_duplicated()
    {
        using var database = new TempDatabase();
        var store = await database.PrepareAsync();
        await store.SaveWorldAsync(new WorkspaceContent("a", WorkspaceKinds.Csv, TinyWorld.Create("a"), Strategies: Strategy.Presets));
        await store.SaveWorldAsync(new WorkspaceContent("b", WorkspaceKinds.Csv, TinyWorld.Create("b"), Strategies: Strategy.Presets));

        await using var db = database.CreateContext();
        var names = await db.Strategies.OrderBy(s => s.Id).Select(s => s.Name).ToListAsync();

        Assert.Equal(Strategy.Presets.Select(s => s.Name), names);
    }

    [Fact]
    public async Task A_stale_persona_edit_is_refused_by_the_version_token()
    {
        using var database = new TempDatabase();
        var store = await database.PrepareAsync();
        await store.SaveWorldAsync(new WorkspaceContent("tiny", WorkspaceKinds.Csv, TinyWorld.Create(), Personas: [NewParent]));
        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var mine = await first.Personas.SingleAsync();
        var theirs = await second.Personas.SingleAsync();

        (NewParent with { Interests = "running shoes" }).CopyTo(mine);
        await first.SaveChangesAsync();
        (NewParent with { Interests = "garden tools" }).CopyTo(theirs);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var check = database.CreateContext();
        var stored = await check.Personas.SingleAsync();
        Assert.Equal(("running shoes", 2), (stored.Interests, stored.Version));
    }

    [Fact]
    public void Unreadable_rules_json_names_the_strategy()
    {
        var entity = Merchandised.ToEntity();
        entity.RulesJson = "[{\"kind\":\"teleport\"}]";

        var error = Assert.Throws<InvalidDataException>(() => entity.ToStrategy());

        Assert.Contains("Strategy 'Summer push'", error.Message);
    }
}
