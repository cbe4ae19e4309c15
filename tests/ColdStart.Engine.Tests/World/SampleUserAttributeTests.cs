using ColdStart.Engine.Domain;

namespace ColdStart.Engine.Tests.World;

[Collection(SmallWorldCollection.Name)]
public sealed class SampleUserAttributeTests(SmallWorldFixture fixture)
{
    [Fact]
    public void Users_carry_exactly_the_known_attribute_keys_and_values()
    {
        foreach (var user in fixture.World.Dataset.Users)
        {
            Assert.Equal(UserAttributes.All.Order(StringComparer.Ordinal), user.Attributes.Keys.Order(StringComparer.Ordinal));
            foreach (var (name, value) in user.Attributes)
                Assert.Contains(value, UserAttributes.Values[name]);
        }
    }

    [Fact]
    public void No_attribute_value_decides_the_archetype()
    {
        foreach (var (name, value, users) in UsersByValue().Where(g => g.Users.Count >= 30))
        {
            var topShare = users.GroupBy(u => fixture.World.UserArchetypes[u]).Max(g => g.Count()) / (double)users.Count;
            Assert.True(topShare < 0.8, $"{name}={value}: one archetype holds {topShare:P0}");
        }
    }

    [Fact]
    public void Every_archetype_is_over_represented_in_some_attribute_value()
    {
        var archetypes = fixture.World.UserArchetypes;
        var groups = UsersByValue().Where(g => g.Users.Count >= 50).ToList();
        for (var a = 0; a < fixture.World.ArchetypeNames.Count; a++)
        {
            var prevalence = archetypes.Count(x => x == a) / (double)archetypes.Length;
            var bestLift = groups.Max(g => g.Users.Count(u => archetypes[u] == a) / (double)g.Users.Count) / prevalence;
            Assert.True(bestLift >= 1.5, $"{fixture.World.ArchetypeNames[a]}: best lift {bestLift:F2}");
        }
    }

    [Fact]
    public void Every_attribute_value_occurs()
    {
        var seen = UsersByValue().Where(g => g.Users.Count > 0).Select(g => (g.Name, g.Value)).ToHashSet();

        foreach (var name in UserAttributes.All)
            foreach (var value in UserAttributes.Values[name])
                Assert.Contains((name, value), seen);
    }

    private IEnumerable<(string Name, string Value, List<int> Users)> UsersByValue()
    {
        var users = fixture.World.Dataset.Users;
        foreach (var name in UserAttributes.All)
            foreach (var value in UserAttributes.Values[name])
                yield return (name, value, Enumerable.Range(0, users.Count).Where(u => users[u].Attributes[name] == value).ToList());
    }
}
