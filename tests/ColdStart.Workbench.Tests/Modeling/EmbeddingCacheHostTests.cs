using ColdStart.Data;
using ColdStart.Data.Storage;
using ColdStart.Data.Stores;
using ColdStart.Engine.Text.Caching;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Modeling;
using ColdStart.Workbench.Tests.Datasets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ColdStart.Workbench.Tests.Modeling;

public sealed class EmbeddingCacheHostTests
{
    [Fact]
    public async Task A_restart_encodes_nothing_and_a_tag_edit_encodes_only_that_item()
    {
        using var database = new TempDatabase();
        var world = TinyWorld.Create(WorkspaceKinds.DefaultWorkspace);
        await (await database.PrepareAsync()).SaveWorldAsync(WorkspaceKinds.DefaultWorkspace, WorkspaceKinds.Sample, world);

        var (first, firstLive) = await StartAsync(database);
        var cold = Cache(firstLive).Statistics;
        var fingerprint = Cache(firstLive).Fingerprint;
        await first.StopAsync(CancellationToken.None);
        first.Dispose();

        var (second, live) = await StartAsync(database);
        var warm = Cache(live).Statistics;
        Assert.True(cold.Encoded > 0);
        Assert.Equal(0, warm.Encoded);
        Assert.Equal(cold.Encoded + cold.Hits, warm.Hits);
        Assert.Equal(fingerprint, Cache(live).Fingerprint);

        var contexts = database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>();
        await new ItemStore(contexts).SetTagsAsync(WorkspaceKinds.DefaultWorkspace, world.Items[0].Id, ["freshly-tagged"]);
        await live.RebuildAsync();
        var edit = Cache(live).Statistics.Since(warm);
        await second.StopAsync(CancellationToken.None);
        second.Dispose();

        Assert.Equal(1, edit.Encoded);
        Assert.Equal(warm.Hits - 1, edit.Hits);
    }

    private static CachingTextEncoder Cache(ILiveModel live) => Assert.IsType<CachingTextEncoder>(live.Current!.Encoder);

    /// <summary>A new host with its own services over the same file: what a restart of the app does.</summary>
    private static async Task<(ModelHost Host, ILiveModel Live)> StartAsync(TempDatabase database)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddColdStartData(database.Configuration);
        services.AddSingleton<ActiveWorkspaceFile>();
        var provider = services.BuildServiceProvider();
        var host = LiveModelHost.Create(provider.GetRequiredService<WorldStore>(), provider.GetRequiredService<ActiveWorkspaceFile>(),
            embeddings: provider.GetRequiredService<IEmbeddingStore>());
        return (host, await LiveModelHost.StartAsync(host));
    }
}
