using ColdStart.Data.Seeding;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ColdStart.Workbench.Tests.Support;

/// <summary>The real app over a temporary database and a small sample world, for route and end-to-end tests.</summary>
internal static class TestApp
{
    public static WebApplicationFactory<Program> Create(TempDatabase database, params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Data:DatabasePath", database.Path);
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            foreach (var (key, value) in TempDatabase.SmallWorld()) builder.UseSetting(key, value);
            foreach (var (key, value) in settings) builder.UseSetting(key, value);
        });

    /// <summary>Waits (at most 30 s) until first-run seeding is no longer preparing.</summary>
    public static async Task<SeedingStatus> WaitForSeedingAsync(WebApplicationFactory<Program> factory)
    {
        var seeding = factory.Services.GetRequiredService<SeedingStatus>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (seeding.Current.State == SeedingState.Preparing && DateTime.UtcNow < deadline) await Task.Delay(50);
        return seeding;
    }
}
