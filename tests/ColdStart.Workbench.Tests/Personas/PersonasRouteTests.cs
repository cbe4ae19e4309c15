using ColdStart.Data.Seeding;
using ColdStart.Tests.Shared;

namespace ColdStart.Workbench.Tests.Personas;

public sealed class PersonasRouteTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task The_personas_route_lists_the_example_personas_of_the_seeded_world()
    {
        await using var factory = TestApp.Create(_database);
        using var client = factory.CreateClient();
        var status = await TestApp.WaitForSeedingAsync(factory);

        var page = await client.GetStringAsync(new Uri("/personas", UriKind.Relative));

        Assert.Equal(SeedingState.Ready, status.Current.State);
        Assert.True(CountOf(page, "data-testid=\"persona-row\"") >= 6, "expected at least 6 example personas in the list");
        Assert.Contains("data-testid=\"persona-search\"", page);
    }

    private static int CountOf(string text, string part)
    {
        int count = 0;
        for (int at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal)) count++;
        return count;
    }

    public void Dispose() => _database.Dispose();
}
