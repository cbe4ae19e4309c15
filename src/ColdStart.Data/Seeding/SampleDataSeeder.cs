using System.Diagnostics;
using ColdStart.Data.Storage;
using ColdStart.Engine.World;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ColdStart.Data.Seeding;

/// <summary>
/// First run: at start, checks and migrates the database (a bad database fails the start, naming the path); then,
/// in the background, generates the sample world and stores it with its personas and the preset strategies when the
/// default workspace has no items. Idempotent, and all-or-nothing (one transaction). Progress goes to the log and
/// to <see cref="SeedingStatus"/>.
/// </summary>
public sealed class SampleDataSeeder(
    DatabaseStartup database,
    WorldStore store,
    SeedingStatus status,
    IOptions<SampleWorldSettings> settings,
    IOptions<DataOptions> dataOptions,
    ILogger<SampleDataSeeder> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        status.Report("Opening the database…", null);
        try
        {
            await database.PrepareAsync(cancellationToken);
        }
        catch (DatabaseUnavailableException ex)
        {
            status.MarkFailed(ex.Message);
            logger.LogCritical("{Message}", ex.Message);
            throw;
        }
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await SeedIfEmptyAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning("Sample data preparation was cancelled by shutdown; nothing was stored.");
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Preparing the sample data failed");
            status.MarkFailed($"Preparing the sample data failed: {ex.Message}");
        }
    }

    /// <summary>Generates and stores the sample world unless the default workspace already has items. Returns whether it stored one.</summary>
    public async Task<bool> SeedIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        var workspace = dataOptions.Value.DefaultWorkspace;
        if (await store.HasItemsAsync(workspace, cancellationToken))
        {
            status.MarkReady($"Workspace '{workspace}' is ready.");
            return false;
        }
        var clock = Stopwatch.StartNew();
        var options = settings.Value.ToOptions();
        logger.LogInformation("Generating the sample world (seed {Seed}, {Items} items, {Users} users, ~{Events} events, {Days} days)",
            options.Seed, options.Items, options.Users, options.TargetEvents, options.Days);
        status.Report("Generating the sample world…", null);
        var generation = new GenerationProgressLog(status, logger);
        var world = await Task.Run(() => SampleWorld.Generate(options, generation), cancellationToken);
        var generated = clock.Elapsed;

        await store.SaveWorldAsync(workspace, world, new StoreProgressLog(status, logger), cancellationToken);
        logger.LogInformation("Sample world ready in {Total:F1} s (generation {Generation:F1} s, storing {Storing:F1} s)",
            clock.Elapsed.TotalSeconds, generated.TotalSeconds, (clock.Elapsed - generated).TotalSeconds);
        status.MarkReady($"Workspace '{workspace}' is ready.");
        return true;
    }
}
