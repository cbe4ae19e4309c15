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

    /// <summary>Starts the host and waits (at most 30 s) until its first model is ready; fails with the status otherwise.</summary>
    public static async Task StartAsync(ModelHost host)
    {
        await host.StartAsync(CancellationToken.None);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((host.Current is null || host.Status.IsBusy) && host.Status.State != ModelState.Failed && DateTime.UtcNow < deadline)
            await Task.Delay(20);
        Assert.True(host.Status.State == ModelState.Ready, $"The model did not get ready: {host.Status.Message}");
    }
}
