using ColdStart.Data;
using ColdStart.Data.Seeding;
using ColdStart.Engine.Text.Caching;
using ColdStart.Engine.World;
using ColdStart.Workbench.Hosting;
using Microsoft.Extensions.Options;

namespace ColdStart.Workbench.Cli;

/// <summary>
/// What the verbs share with the web app: the one <c>appsettings.json</c> at the repository root (environment
/// variables override it the usual way) and the store registered by the same <c>Add…</c> extensions, so
/// <c>Data:DatabasePath</c> and the <c>SampleWorld</c> section mean the same on the command line as in the app.
/// </summary>
internal static class CliServices
{
    /// <summary>The configuration the app reads: <c>appsettings.json</c> in <paramref name="root"/> (default: the repository root), then environment variables.</summary>
    public static IConfiguration LoadConfiguration(string? root = null) =>
        new ConfigurationBuilder().SetBasePath(root ?? RepositoryRoot.Find())
            .AddJsonFile("appsettings.json", optional: true).AddEnvironmentVariables().Build();

    /// <summary>
    /// The store's services on <paramref name="configuration"/>, plus what <paramref name="more"/> registers; a relative
    /// database path is taken from the repository root, as in the app.
    /// </summary>
    public static ServiceProvider Create(IConfiguration configuration, Action<IServiceCollection>? more = null)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IHostEnvironment>(new Microsoft.Extensions.Hosting.Internal.HostingEnvironment
        {
            ContentRootPath = RepositoryRoot.Find(), ApplicationName = "ColdStart.Workbench", EnvironmentName = Environments.Production,
        });
        // Changes made from the command line are audited as "command line (<OS user>)".
        services.AddSingleton<ColdStart.Data.Auditing.IActorSource>(new ColdStart.Data.Auditing.AmbientActorSource(ColdStart.Data.Auditing.AmbientActorSource.CommandLine));
        services.AddColdStartData(configuration);
        services.AddSampleDataSeeding(configuration);
        more?.Invoke(services);
        return services.BuildServiceProvider();
    }

    /// <summary>The sample world the app would generate: the <c>SampleWorld</c> section, validated by the app's rules.</summary>
    /// <exception cref="OptionsValidationException">A value is out of range; the message names the key.</exception>
    public static SampleWorldOptions SampleWorld(IConfiguration configuration)
    {
        using var services = Create(configuration);
        return services.GetRequiredService<IOptions<SampleWorldSettings>>().Value.ToOptions();
    }

    /// <summary>
    /// The app's embedding cache when its database exists (so a second run, or the app, encodes no text again), else one
    /// in memory for this run (every row and fold still shares it).
    /// </summary>
    public static async Task<(IEmbeddingStore Store, string Where)> EmbeddingCacheAsync(IConfiguration configuration, CancellationToken cancellation)
    {
        var services = CliServices.Create(configuration);
        var path = services.GetRequiredService<ColdStart.Data.DatabaseLocation>().FullPath;
        if (!File.Exists(path))
        {
            await services.DisposeAsync();
            return (new MemoryEmbeddingStore(), $"cached in memory for this run (no database at '{path}')");
        }
        await services.GetRequiredService<ColdStart.Data.DatabaseStartup>().PrepareAsync(cancellation);
        // The store reads through the provider's context factory, so the provider lives as long as the process.
        return (services.GetRequiredService<IEmbeddingStore>(), $"the embedding cache in '{path}'");
    }
}
