using ColdStart.Data;
using ColdStart.Data.Seeding;
using ColdStart.Data.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ColdStart.Tests.Shared;

/// <summary>A real SQLite file in a fresh temporary folder, with the store's services wired as the app wires them.</summary>
public sealed class TempDatabase : IDisposable
{
    public TempDatabase(string fileName = "workbench.db", IDictionary<string, string?>? settings = null)
    {
        Folder = Directory.CreateTempSubdirectory("coldstart-test-").FullName;
        Path = System.IO.Path.Combine(Folder, fileName);
        var values = new Dictionary<string, string?>
        {
            ["Data:DatabasePath"] = Path,
            ["Data:BusyTimeoutSeconds"] = "1",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
        Configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddColdStartData(Configuration);
        services.AddSampleDataSeeding(Configuration);
        Services = services.BuildServiceProvider();
    }

    public string Folder { get; }

    public string Path { get; }

    public IConfiguration Configuration { get; }

    public ServiceProvider Services { get; }

    public WorldStore Store => Services.GetRequiredService<WorldStore>();

    public DatabaseStartup Startup => Services.GetRequiredService<DatabaseStartup>();

    public SampleDataSeeder Seeder => Services.GetRequiredService<SampleDataSeeder>();

    public SeedingStatus Status => Services.GetRequiredService<SeedingStatus>();

    /// <summary>Settings for a small sample world (300 items, 500 users, ~5,000 events) that generates in well under a second.</summary>
    public static Dictionary<string, string?> SmallWorld(int seed = 42) => new()
    {
        ["SampleWorld:Seed"] = seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["SampleWorld:Items"] = "300",
        ["SampleWorld:Users"] = "500",
        ["SampleWorld:TargetEvents"] = "5000",
        ["SampleWorld:Days"] = "60",
    };

    public WorkbenchDbContext CreateContext() =>
        Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>().CreateDbContext();

    /// <summary>Migrates the file (the app's start-up path) and returns the store.</summary>
    public async Task<WorldStore> PrepareAsync()
    {
        await Startup.PrepareAsync();
        return Store;
    }

    public void Dispose()
    {
        Services.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test on cleanup.
        }
    }
}
