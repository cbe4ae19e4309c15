using ColdStart.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ColdStart.Data;

/// <summary>Registers the store for the web app and the command-line verbs alike.</summary>
public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="DataOptions"/> (section "Data", validated on start), the resolved <see cref="DatabaseLocation"/>,
    /// <c>IDbContextFactory&lt;WorkbenchDbContext&gt;</c>, <see cref="DatabaseStartup"/>, <see cref="WorldStore"/>, the audit trail's reader and actor, and the
    /// embedding cache (<see cref="Stores.EmbeddingStore"/>, also as the engine's <c>IEmbeddingStore</c>).
    /// A relative database path is resolved against the host's content root.
    /// </summary>
    public static IServiceCollection AddColdStartData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DataOptions>()
            .Bind(configuration.GetSection(DataOptions.SectionName))
            .Validate(o => !string.IsNullOrWhiteSpace(o.DatabasePath), "Data:DatabasePath must name a file.")
            .Validate(o => o.BusyTimeoutSeconds is >= 1 and <= 600, "Data:BusyTimeoutSeconds must be between 1 and 600.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.DefaultWorkspace), "Data:DefaultWorkspace must not be empty.")
            .ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DataOptions>>().Value;
            var root = sp.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory();
            return new DatabaseLocation(options.DatabasePath, root, options.BusyTimeoutSeconds);
        });
        services.AddDbContextFactory<WorkbenchDbContext>((sp, builder) =>
            builder.UseSqlite(sp.GetRequiredService<DatabaseLocation>().ConnectionString));
        services.AddSingleton<DatabaseStartup>();
        // Who makes changes, for the audit trail: the web app sets it per circuit and request; the CLI registers its own first.
        services.TryAddSingleton<Auditing.IActorSource>(new Auditing.AmbientActorSource("server"));
        services.TryAddSingleton<Auditing.AuditStore>();
        services.AddSingleton<WorldStore>();
        services.AddSingleton<Stores.EmbeddingStore>();
        services.AddSingleton<ColdStart.Engine.Text.Caching.IEmbeddingStore>(sp => sp.GetRequiredService<Stores.EmbeddingStore>());
        return services;
    }
}
