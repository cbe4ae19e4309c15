using ColdStart.Data.Seeding;
using ColdStart.Workbench.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ColdStart.Workbench.Tests.Personas;

public sealed class PersonasRouteTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task The_personas_route_lists_the_example_personas_of_the_seeded_world()
    {
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Data:DatabasePath", _database.Path);
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            foreach (var (key, value) in TempDatabase.SmallWorld()) builder.UseSetting(key, value);
        });
        using var client = factory.CreateClient();
        var status = factory.Services.GetRequiredService<SeedingStatus>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (status.Current.State == SeedingState.Preparing && DateTime.UtcNow < deadline) await Task.Delay(50);

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
