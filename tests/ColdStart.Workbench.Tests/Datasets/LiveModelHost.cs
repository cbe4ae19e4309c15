using ColdStart.Data.Seeding;
using ColdStart.Data.Storage;
using ColdStart.Data.Stores;
using ColdStart.Workbench.Hosting;
using ColdStart.Workbench.Modeling;
using ColdStart.Workbench.Options;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;

namespace ColdStart.Workbench.Tests.Datasets;

/// <summary>A real <see cref="ModelHost"/> over the repository's committed encoder (read only, never retrained), started and awaited.</summary>
internal static class LiveModelHost
{
    public static ModelHost Create(WorldStore store, ActiveWorkspaceFile choice, StrategyStore? strategies = null, ColdStart.Engine.Text.Caching.IEmbeddingStore? embeddings = null)
    {
        var root = RepositoryRoot.Find();
        var options = Microsoft.Extensions.Options.Options.Create(new ModelOptions
        {
            EncoderModel = Path.Combine(root, "models", "encoder.onnx"),
            EncoderVocab = Path.Combine(root, "models", "encoder.vocab.txt"),
            ExecutionProvider = "cpu",
        });
        var seeding = new SeedingStatus();
        seeding.MarkReady("ready");
        return new ModelHost(seeding, store, options, new HostingEnvironment { ContentRootPath = root }, NullLogger<ModelHost>.Instance, choice, strategies, embeddings);
    }

    /// <summary>
    /// Starts the host and waits (at most <paramref name="seconds"/>) until the model it builds at start (the server-wide
    /// default's) is ready; fails with the status otherwise. Returns that model.
    /// </summary>
    public static async Task<ILiveModel> StartAsync(ModelHost host, int seconds = 30)
    {
        await host.StartAsync(CancellationToken.None);
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (host.Loaded.Count == 0 && DateTime.UtcNow < deadline) await Task.Delay(20);
        var live = Assert.Single(host.Loaded);
        await SettledAsync(live, deadline);
        return live;
    }

    /// <summary>Acquires <paramref name="workspace"/>'s model and waits (at most 120 s) until its build ended; fails with the status unless it is ready.</summary>
    public static async Task<ILiveModel> OpenAsync(ILiveModels host, string workspace)
    {
        var live = host.Acquire(workspace);
        await SettledAsync(live, DateTime.UtcNow.AddSeconds(120));
        return live;
    }

    private static async Task SettledAsync(ILiveModel live, DateTime deadline)
    {
        try
        {
            await live.WhenSettledAsync().WaitAsync(TimeSpan.FromTicks(Math.Max(1, (deadline - DateTime.UtcNow).Ticks)));
        }
        catch (TimeoutException)
        {
            // reported below
        }
        Assert.True(live.Status.State == ModelState.Ready, $"The model did not get ready: {live.Status.Message}");
    }
}
