using ColdStart.Engine.Domain;
using ColdStart.Engine.Simulation;
using ColdStart.Engine.World;

namespace ColdStart.Engine.Tests.Simulation;

public sealed class ClickModelTests
{
    private static readonly SampleWorldResult World = SampleWorld.Generate(new SampleWorldOptions(Seed: 3, Items: 300, Users: 200, TargetEvents: 2000, Days: 60));

    private static SimulatedVisitor Replay(params (int Item, bool Bought)[] wants) =>
        new("v", new Dictionary<string, string>(), -1, wants.ToDictionary(w => w.Item, w => w.Bought));

    [Fact]
    public void The_same_seed_gives_the_same_clicks_and_purchases()
    {
        var model = new ArchetypeClickModel(World.Dataset.Items, qualitySeed: 1);
        var visitor = new SimulatedVisitor("u", World.Dataset.Users[0].Attributes, World.UserArchetypes[0], new Dictionary<int, bool>());
        int[] shown = [.. Enumerable.Range(0, 10)];

        var first = Actions(model, visitor, shown, seed: 11);
        var again = Actions(model, visitor, shown, seed: 11);
        var other = Actions(model, visitor, shown, seed: 12);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.Contains(first, a => a.Clicked);
    }

    [Fact]
    public void Higher_positions_get_more_clicks_for_equally_wanted_items()
    {
        var model = new ReplayClickModel();
        int[] shown = [.. Enumerable.Range(0, 10)];
        var visitor = Replay([.. shown.Select(i => (i, false))]);
        var byPosition = new int[11];
        foreach (var action in Actions(model, visitor, shown, seed: 5, count: 20_000)) byPosition[action.Position]++;

        Assert.True(byPosition[1] > byPosition[2] && byPosition[2] > byPosition[5] && byPosition[5] > byPosition[10],
            string.Join(", ", byPosition.Skip(1)));

        var flat = new ReplayClickModel(new ClickModelOptions(PositionBias: 0, MaxAttractiveness: 0.05));
        var flatCounts = new int[11];
        foreach (var action in Actions(flat, visitor, shown, seed: 5, count: 20_000)) flatCounts[action.Position]++;
        Assert.True(flatCounts[10] > byPosition[10] * 3, "without position bias the 10th position is read far more often");
    }

    [Fact]
    public void A_replayed_visitor_who_only_bought_shoes_clicks_and_buys_shoes()
    {
        var items = new[]
        {
            Item("SHOE-1", "Shoes"), Item("MUG-1", "Kitchen"), Item("SHOE-2", "Shoes"), Item("LAMP-1", "Home"), Item("MUG-2", "Kitchen"),
        };
        var shoes = new[] { 0, 2 };
        var model = new ReplayClickModel(new ClickModelOptions(Noise: 0));
        var visitor = Replay((0, true), (2, true));
        var actions = Actions(model, visitor, [1, 3, 4, 0, 2], seed: 2, count: 2000);

        Assert.All(actions.Where(a => a.Clicked), a => Assert.Contains(a.Item, shoes));
        Assert.Contains(actions, a => a.Purchased);
        Assert.All(actions.Where(a => a.Purchased), a => Assert.Contains(a.Item, shoes));
    }

    [Fact]
    public void An_archetype_wants_its_own_departments()
    {
        var model = new ArchetypeClickModel(World.Dataset.Items);
        var items = World.Dataset.Items;
        int parent = ArchetypeClickModel.ArchetypeNames.ToList().IndexOf("New parent");
        var visitor = new SimulatedVisitor("p", new Dictionary<string, string>(), parent, new Dictionary<int, bool>());
        double baby = Enumerable.Range(0, items.Count).Where(i => items[i].Department == "Baby & Kids").Average(i => model.Attractiveness(visitor, i));
        double gaming = Enumerable.Range(0, items.Count).Where(i => items[i].Department == "Gaming").Average(i => model.Attractiveness(visitor, i));
        Assert.True(baby > 3 * gaming, $"baby {baby:0.000}, gaming {gaming:0.000}");
    }

    private static List<VisitorAction> Actions(ClickModel model, SimulatedVisitor visitor, int[] shown, int seed, int count = 50)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => model.Act(visitor, shown, random))];
    }

    private static Item Item(string id, string department) =>
        new(id, id, "", department, department, department, "", 10, new DateOnly(2026, 1, 1), []);
}
