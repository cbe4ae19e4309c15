using ColdStart.Engine.Domain;
using ColdStart.Engine.World;

namespace ColdStart.Engine.Tests.World;

public sealed class SampleWorldDeterminismTests
{
    private static readonly SampleWorldOptions Small = new(Seed: 11, Items: 1500, Users: 3000, TargetEvents: 40000);

    [Fact]
    public void Same_seed_gives_identical_world()
    {
        var first = SampleWorld.Generate(Small);
        var second = SampleWorld.Generate(Small);

        Assert.Equal("sample", first.Dataset.Name);
        AssertSameItems(first.Dataset.Items, second.Dataset.Items);
        AssertSameUsers(first.Dataset.Users, second.Dataset.Users);
        Assert.Equal(first.Dataset.Events, second.Dataset.Events);
        Assert.Equal(first.UserArchetypes, second.UserArchetypes);
        Assert.Equal(first.ArchetypeNames, second.ArchetypeNames);
    }

    [Fact]
    public void Other_seed_gives_different_world()
    {
        var first = SampleWorld.Generate(Small);
        var other = SampleWorld.Generate(Small with { Seed = 12 });

        var sameTitles = first.Dataset.Items.Zip(other.Dataset.Items).Count(p => p.First.Title == p.Second.Title);
        Assert.True(sameTitles < first.Dataset.Items.Count / 10, $"{sameTitles} of {first.Dataset.Items.Count} titles are the same");
        Assert.NotEqual(first.Dataset.Events.Take(1000), other.Dataset.Events.Take(1000));
        Assert.NotEqual(first.UserArchetypes, other.UserArchetypes);
    }

    [Fact]
    public void Progress_reports_each_phase()
    {
        var lines = new List<string>();
        SampleWorld.Generate(Small with { Items = 300, Users = 50, TargetEvents = 500 }, new ListProgress(lines));

        Assert.Equal(4, lines.Count);
        Assert.All(lines, line => Assert.StartsWith("Sample world:", line, StringComparison.Ordinal));
    }

    private static void AssertSameItems(IReadOnlyList<Item> expected, IReadOnlyList<Item> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var (a, b) = (expected[i], actual[i]);
            Assert.Equal((a.Id, a.Title, a.Description, a.Department, a.ProductType, a.CategoryPath, a.Brand, a.Price, a.LaunchDate),
                (b.Id, b.Title, b.Description, b.Department, b.ProductType, b.CategoryPath, b.Brand, b.Price, b.LaunchDate));
            Assert.Equal(a.Tags, b.Tags);
        }
    }

    private static void AssertSameUsers(IReadOnlyList<User> expected, IReadOnlyList<User> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var u = 0; u < expected.Count; u++)
        {
            Assert.Equal(expected[u].Id, actual[u].Id);
            Assert.Equal(expected[u].Attributes.OrderBy(p => p.Key, StringComparer.Ordinal),
                actual[u].Attributes.OrderBy(p => p.Key, StringComparer.Ordinal));
        }
    }

    /// <summary>Synchronous progress sink (Progress&lt;T&gt; posts to the thread pool).</summary>
    private sealed class ListProgress(List<string> lines) : IProgress<string>
    {
        public void Report(string value) => lines.Add(value);
    }
}
