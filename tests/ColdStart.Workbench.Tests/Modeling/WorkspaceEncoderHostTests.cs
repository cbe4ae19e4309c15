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

        var live = await Datasets.LiveModelHost.StartAsync(host, 120);
        Assert.Equal(ModelState.Ready, live.Status.State);
        Assert.Equal("coldstart-text-encoder", live.Current!.Encoder.ModelName);

        await Workspaces.SetEncoderAsync(WorkspaceKinds.DefaultWorkspace, null, EncoderChoice.Names);
        await live.RebuildAsync();

        Assert.Equal(ModelState.Failed, live.Status.State);
        Assert.Contains(Path.Combine("pretrained", "minilm"), live.Status.Message, StringComparison.Ordinal);
        Assert.Equal("coldstart-text-encoder", live.Current!.Encoder.ModelName); // the old model keeps serving
        await host.StopAsync(CancellationToken.None);
    }

    [PretrainedFact("minilm")]
    public async Task A_workspace_that_chose_minilm_builds_on_it_behind_the_cache_and_switching_back_reencodes_nothing_while_an_unused_encoder_is_disposed()
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
        var live = await Datasets.LiveModelHost.StartAsync(host, 120);
        Assert.Equal("coldstart-text-encoder", live.Current!.Encoder.ModelName);

        await Workspaces.SetEncoderAsync(WorkspaceKinds.DefaultWorkspace, "minilm", EncoderChoice.Names);
        await live.RebuildAsync();
        var minilm = Assert.IsType<CachingTextEncoder>(live.Current!.Encoder);
        Assert.Equal(("all-MiniLM-L6-v2", 384), (minilm.ModelName, minilm.Dimension));
        Assert.True(minilm.Statistics.Encoded > 0);

        await Workspaces.SetEncoderAsync(WorkspaceKinds.DefaultWorkspace, null, EncoderChoice.Names);
        await live.RebuildAsync();
        var project = Assert.IsType<CachingTextEncoder>(live.Current!.Encoder);
        Assert.Equal("coldstart-text-encoder", project.ModelName);

        await Workspaces.SetEncoderAsync(WorkspaceKinds.DefaultWorkspace, "minilm", EncoderChoice.Names);
        await live.RebuildAsync();
        var again = Assert.IsType<CachingTextEncoder>(live.Current!.Encoder);
        Assert.NotSame(minilm, again); // no loaded workspace used MiniLM meanwhile: it was disposed and is loaded again
        Assert.Throws<ObjectDisposedException>(() => minilm.Encode([$"a text nobody cached {Guid.NewGuid()}"]));
        Assert.Equal(0, again.Statistics.Encoded); // every text came from the embedding cache
        Assert.Equal(ModelState.Ready, live.Status.State);
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

    public void Dispose() => _database.Dispose();
}
