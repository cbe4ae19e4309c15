using ColdStart.Engine.Text;

namespace ColdStart.Engine.Tests.Text;

public sealed class ExecutionProviderTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();
    private readonly EncoderOptions _options;

    public ExecutionProviderTests()
    {
        var vocab = EncoderFixture.ShopVocabulary();
        _options = EncoderFixture.Write(_directory, EncoderWeights.CreateRandom(vocab.Count, 8, 4, seed: 1), vocab);
    }

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Auto_falls_back_to_cpu_on_a_machine_without_cuda_and_reports_it()
    {
        using var encoder = OnnxTextEncoder.Create(_options with { ExecutionProvider = "auto" });

        Assert.Equal("CPU", encoder.ExecutionProvider);
        Assert.Equal(4, encoder.Encode("tent").Length);
    }

    [Fact]
    public void Cuda_demanded_on_a_machine_without_cuda_fails_and_says_how_to_fix_it()
    {
        var error = Assert.Throws<InvalidOperationException>(() => OnnxTextEncoder.Create(_options with { ExecutionProvider = "CUDA" }));

        Assert.Contains("CUDA execution provider is unavailable", error.Message, StringComparison.Ordinal);
        Assert.Contains("Microsoft.ML.OnnxRuntime.Gpu", error.Message, StringComparison.Ordinal);
        Assert.Contains("cuDNN 9", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"auto\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cpu_is_used_when_asked()
    {
        using var encoder = OnnxTextEncoder.Create(_options with { ExecutionProvider = "cpu" });

        Assert.Equal("CPU", encoder.ExecutionProvider);
        Assert.Equal("coldstart-text-encoder", encoder.ModelName);
    }

    [Theory]
    [InlineData("gpu")]
    [InlineData("")]
    [InlineData("directml")]
    public void Unknown_provider_is_rejected_naming_the_choices(string provider)
    {
        var error = Assert.Throws<ArgumentException>(() => OnnxTextEncoder.Create(_options with { ExecutionProvider = provider }));

        Assert.Contains("\"auto\", \"cpu\" or \"cuda\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_model_file_names_the_path_and_the_train_command()
    {
        var path = _directory.File("missing.onnx");

        var error = Assert.Throws<FileNotFoundException>(() => OnnxTextEncoder.Create(_options with { ModelPath = path }));

        Assert.Equal(path, error.FileName);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("`train`", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_vocabulary_file_names_the_path()
    {
        var path = _directory.File("missing.vocab.txt");

        var error = Assert.Throws<FileNotFoundException>(() => OnnxTextEncoder.Create(_options with { VocabPath = path }));

        Assert.Equal(path, error.FileName);
    }

    [Fact]
    public void Encoding_after_dispose_is_refused()
    {
        var encoder = OnnxTextEncoder.Create(_options);
        encoder.Dispose();

        Assert.Throws<ObjectDisposedException>(() => encoder.Encode("tent"));
    }
}
