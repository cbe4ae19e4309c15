using ColdStart.Data.Seeding;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ColdStart.Tests.Shared;

/// <summary>The real app over a temporary database, for route and end-to-end tests.</summary>
internal static class TestApp
{
    /// <summary>Single-user mode: every loopback (and in-process) request acts as the local admin, as before accounts.</summary>
    public static readonly (string Key, string Value) SingleUser = ("Accounts:SingleUser", "true");

    /// <summary>
    /// The app over a small sample world (<see cref="TempDatabase.SmallWorld"/>) that seeds in well under a second, in
    /// single-user mode (<see cref="SingleUser"/>); a later setting overrides it.
    /// </summary>
    public static WebApplicationFactory<Program> Create(TempDatabase database, params (string Key, string Value)[] settings) =>
        Create(database, TempDatabase.SmallWorld(), [SingleUser, .. settings]);

    /// <summary>The app over a small sample world with accounts on (no admin yet: requests go to the setup page).</summary>
    public static WebApplicationFactory<Program> CreateWithAccounts(TempDatabase database, params (string Key, string Value)[] settings) =>
        Create(database, TempDatabase.SmallWorld(), [("Accounts:SingleUser", "false"), .. settings]);

    /// <summary>The app over the default sample world of appsettings.json (5,000 items, 20,000 users, ~320,000 events), in single-user mode.</summary>
    public static WebApplicationFactory<Program> CreateWithDefaultWorld(TempDatabase database) =>
        Create(database, new Dictionary<string, string?>(), [SingleUser]);

    private static WebApplicationFactory<Program> Create(
        TempDatabase database, IReadOnlyDictionary<string, string?> world, (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Data:DatabasePath", database.Path);
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            foreach (var (key, value) in world) builder.UseSetting(key, value);
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
