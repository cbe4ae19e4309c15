using ColdStart.Data;
using ColdStart.Data.Seeding;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Hosting;
using ColdStart.Workbench.Modeling;
using ColdStart.Workbench.Options;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;

namespace ColdStart.Workbench.Tests.Modeling;

/// <summary>The live model built with Models:Encoder = minilm: the pretrained files extracted by the build serve it, by name.</summary>
public sealed class PretrainedModelHostTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [PretrainedFact("minilm")]
    public async Task MiniLM_chosen_in_configuration_builds_the_live_model_and_names_itself()
    {
        await _database.PrepareAsync();
        await _database.Store.SaveWorldAsync(WorkspaceKinds.DefaultWorkspace, WorkspaceKinds.Sample, TinyWorld.Create(WorkspaceKinds.DefaultWorkspace));
        var seeding = new SeedingStatus();
        seeding.MarkReady("ready");
        var options = Microsoft.Extensions.Options.Options.Create(new ModelOptions { Encoder = "minilm", ExecutionProvider = "cpu" });
        using var host = new ModelHost(seeding, _database.Store, options, new HostingEnvironment { ContentRootPath = RepositoryRoot.Find() },
            NullLogger<ModelHost>.Instance);

        var live = await Datasets.LiveModelHost.StartAsync(host, 120);

        Assert.Equal("all-MiniLM-L6-v2", live.Current!.Encoder.ModelName);
        Assert.Equal((384, "CPU"), (live.Current.Encoder.Dimension, live.ExecutionProvider));
        await host.StopAsync(CancellationToken.None);
    }

    public void Dispose() => _database.Dispose();
}
