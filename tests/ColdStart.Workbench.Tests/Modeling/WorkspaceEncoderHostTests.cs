using ColdStart.Data;
using ColdStart.Data.Seeding;
using ColdStart.Data.Stores;
using ColdStart.Engine.Text.Caching;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Hosting;
using ColdStart.Workbench.Modeling;
using ColdStart.Workbench.Options;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;

namespace ColdStart.Workbench.Tests.Modeling;

/// <summary>The live model builds on the encoder its workspace chose (<see cref="WorkspaceStore.SetEncoderAsync"/>), and on Models:Encoder without a choice.</summary>
public sealed class WorkspaceEncoderHostTests : IDisposable
{
    private readonly TempDatabase _database = new();

    private WorkspaceStore Workspaces => new(_database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>());

    [Fact]
    public async Task The_workspace_choice_overrides_the_configured_encoder_and_clearing_it_falls_back_to_configuration()
    {
        await PrepareAsync();
        await Workspaces.SetEncoderAsync(WorkspaceKinds.DefaultWorkspace, "project", EncoderChoice.Names);
        // Configuration names MiniLM under a content root that has none of its files: only the workspace's choice can build.
        var root = RepositoryRoot.Find();
        var options = new ModelOptions
        {
            Encoder = "minilm",
            EncoderModel = Path.Combine(root, "models", "encoder.onnx"),
            EncoderVocab = Path.Combine(root, "models", "encoder.vocab.txt"),
            ExecutionProvider = "cpu",
        };
        using var host = Create(options, _database.Folder);

        await StartAsync(host);
        Assert.Equal(ModelState.Ready, host.Status.State);
        Assert.Equal("coldstart-text-encoder", host.Current!.Encoder.ModelName);

        await Workspaces.SetEncoderAsync(WorkspaceKinds.DefaultWorkspace, null, EncoderChoice.Names);
        await host.SwitchWorkspaceAsync(WorkspaceKinds.DefaultWorkspace);

        Assert.Equal(ModelState.Failed, host.Status.State);
        Assert.Contains(Path.Combine("pretrained", "minilm"), host.Status.Message, StringComparison.Ordinal);
        Assert.Equal("coldstart-text-encoder", host.Current!.Encoder.ModelName); // the old model keeps serving
        await host.StopAsync(CancellationToken.None);
    }

    [PretrainedFact("minilm")]
    public async Task A_workspace_that_chose_minilm_builds_on_it_behind_the_cache_and_switching_back_reencodes_nothing()
    {
        await PrepareAsync();
        var root = RepositoryRoot.Find();
        var options = new ModelOptions
        {
            EncoderModel = Path.Combine(root, "models", "encoder.onnx"),
            EncoderVocab = Path.Combine(root, "models", "encoder.vocab.txt"),
            ExecutionProvider = "cpu",
        };
        using var host = Create(options, root, _database.Services.GetRequiredService<IEmbeddingStore>());
        await StartAsync(host);
        Assert.Equal("coldstart-text-encoder", host.Current!.Encoder.ModelName);

        await Workspaces.SetEncoderAsync(WorkspaceKinds.DefaultWorkspace, "minilm", EncoderChoice.Names);
        await host.SwitchWorkspaceAsync(WorkspaceKinds.DefaultWorkspace);
        var minilm = Assert.IsType<CachingTextEncoder>(host.Current!.Encoder);
        Assert.Equal(("all-MiniLM-L6-v2", 384), (minilm.ModelName, minilm.Dimension));
        Assert.True(minilm.Statistics.Encoded > 0);

        await Workspaces.SetEncoderAsync(WorkspaceKinds.DefaultWorkspace, null, EncoderChoice.Names);
        await host.SwitchWorkspaceAsync(WorkspaceKinds.DefaultWorkspace);
        var project = Assert.IsType<CachingTextEncoder>(host.Current!.Encoder);
        Assert.Equal("coldstart-text-encoder", project.ModelName);

        var before = minilm.Statistics;
        await Workspaces.SetEncoderAsync(WorkspaceKinds.DefaultWorkspace, "minilm", EncoderChoice.Names);
        await host.SwitchWorkspaceAsync(WorkspaceKinds.DefaultWorkspace);
        Assert.Same(minilm, host.Current!.Encoder);
        Assert.Equal(0, minilm.Statistics.Since(before).Encoded);
        Assert.Equal(ModelState.Ready, host.Status.State);
        await host.StopAsync(CancellationToken.None);
    }

    private async Task PrepareAsync()
    {
        await _database.PrepareAsync();
        await _database.Store.SaveWorldAsync(WorkspaceKinds.DefaultWorkspace, WorkspaceKinds.Sample, TinyWorld.Create(WorkspaceKinds.DefaultWorkspace));
    }

    private ModelHost Create(ModelOptions options, string contentRoot, IEmbeddingStore? embeddings = null)
    {
        var seeding = new SeedingStatus();
        seeding.MarkReady("ready");
        return new ModelHost(seeding, _database.Store, Microsoft.Extensions.Options.Options.Create(options),
            new HostingEnvironment { ContentRootPath = contentRoot }, NullLogger<ModelHost>.Instance,
            embeddings: embeddings, workspaces: Workspaces);
    }

    /// <summary>Starts the host and waits (at most 120 s) until its first build has ended, ready or failed.</summary>
    private static async Task StartAsync(ModelHost host)
    {
        await host.StartAsync(CancellationToken.None);
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while ((host.Current is null || host.Status.IsBusy) && host.Status.State != ModelState.Failed && DateTime.UtcNow < deadline)
            await Task.Delay(20);
        Assert.True(host.Status.State == ModelState.Ready, $"The model did not get ready: {host.Status.Message}");
    }

    public void Dispose() => _database.Dispose();
}
