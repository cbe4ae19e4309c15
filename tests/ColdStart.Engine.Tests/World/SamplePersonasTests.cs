using ColdStart.Engine.Domain;
using ColdStart.Engine.World;

namespace ColdStart.Engine.Tests.World;

[Collection(SmallWorldCollection.Name)]
public sealed class SamplePersonasTests(SmallWorldFixture fixture)
{
    private Dataset World => fixture.World.Dataset;

    [Fact]
    public void At_least_six_personas_with_distinct_names_and_known_attributes()
    {
        var personas = SamplePersonas.For(World);

        Assert.True(personas.Count >= 6);
        Assert.Equal(personas.Count, personas.Select(p => p.Name).Distinct().Count());
        foreach (var persona in personas)
            foreach (var (name, value) in persona.Attributes)
                Assert.Contains(value, UserAttributes.Values[name]);
    }

    [Fact]
    public void Seed_items_exist_in_the_world_and_have_events()
    {
        var index = Enumerable.Range(0, World.Items.Count).ToDictionary(i => World.Items[i].Id);

        foreach (var persona in SamplePersonas.For(World))
        {
            Assert.InRange(persona.SeedItemIds.Count, 0, 3);
            Assert.InRange(persona.SeedSearches.Count, 0, 2);
            Assert.Equal(persona.SeedItemIds.Count, persona.SeedItemIds.Distinct().Count());
            Assert.All(persona.SeedItemIds, id => Assert.True(fixture.ItemEventCounts[index[id]] > 0, $"{persona.Name}: {id} has no events"));
        }
    }

    [Fact]
    public void Seeded_personas_get_the_most_popular_item_of_their_type()
    {
        var parent = SamplePersonas.For(World).Single(p => p.Name == "New parent on mobile");
        var strollers = Enumerable.Range(0, World.Items.Count).Where(i => World.Items[i].ProductType == "Stroller");
        var top = strollers.OrderByDescending(i => fixture.ItemEventCounts[i]).ThenBy(i => i).First();

        Assert.Equal([World.Items[top].Id], parent.SeedItemIds);
    }

    [Fact]
    public void Some_persona_is_a_pure_zero_click_visitor()
    {
        Assert.Contains(SamplePersonas.For(World), p => p.SeedItemIds.Count == 0 && p.SeedSearches.Count == 0);
    }

    [Fact]
    public void Budgets_are_ordered_ranges()
    {
        Assert.All(SamplePersonas.For(World), p =>
        {
            if (p.BudgetMin is { } min && p.BudgetMax is { } max) Assert.True(min < max, p.Name);
        });
    }

    [Fact]
    public void A_world_without_the_product_types_gives_personas_without_seed_items()
    {
        var item = new Item("M-1", "Heat", "A film.", "Movies", "Crime", "Movies > Crime", "", 0, new DateOnly(1995, 1, 1), ["crime"]);
        var world = new Dataset("other", [item], [new User("u1", new Dictionary<string, string>())], [new Event(0, 0, EventType.View, 1)]);

        var personas = SamplePersonas.For(world);

        Assert.All(personas, p => Assert.Empty(p.SeedItemIds));
    }
}
