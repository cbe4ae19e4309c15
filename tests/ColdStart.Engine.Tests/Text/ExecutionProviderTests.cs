using ColdStart.Engine.Text;

namespace ColdStart.Engine.Tests.Text;

public sealed class ExecutionProviderTests : IDisposable
{
    private static readonly CudaLibraryProbe Absent = new(_ => false);
    private static readonly CudaLibraryProbe Present = new(_ => true);
    private static readonly string[] GpuBuild = ["CUDAExecutionProvider", "CPUExecutionProvider"];
    private static readonly string[] CpuBuild = ["CPUExecutionProvider"];

    private readonly TemporaryDirectory _directory = new();
    private readonly EncoderOptions _options;

    public ExecutionProviderTests()
    {
        var vocab = EncoderFixture.ShopVocabulary();
        _options = EncoderFixture.Write(_directory, EncoderWeights.CreateRandom(vocab.Count, 8, 4, seed: 1), vocab);
    }

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Auto_falls_back_to_cpu_when_the_cuda_libraries_are_absent_and_says_which()
    {
        using var encoder = OnnxTextEncoder.Create(_options with { ExecutionProvider = "auto", CudaProbe = Absent });

        Assert.Equal("CPU", encoder.ExecutionProvider);
        Assert.Contains("libcudart", encoder.ProviderNote, StringComparison.Ordinal);
        Assert.Contains("cudnn", encoder.ProviderNote, StringComparison.Ordinal);
        Assert.Equal(4, encoder.Encode("tent").Length);
    }

    [Fact]
    public void Cuda_demanded_without_the_cuda_libraries_fails_naming_what_is_missing_and_how_to_fix_it()
    {
        var missing = new CudaLibraryProbe(name => !name.Contains("cudnn", StringComparison.Ordinal));

        var error = Assert.Throws<InvalidOperationException>(() => OnnxTextEncoder.Create(_options with { ExecutionProvider = "CUDA", CudaProbe = missing }));

        Assert.Contains("CUDA execution provider is unavailable", error.Message, StringComparison.Ordinal);
        Assert.Contains("not found: " + CudaLibraryProbe.RequiredLibraries.Single(n => n.Contains("cudnn", StringComparison.Ordinal)) + ")", error.Message, StringComparison.Ordinal);
        Assert.Contains("CUDA 13", error.Message, StringComparison.Ordinal);
        Assert.Contains("cuDNN 9", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"auto\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Auto_asks_onnx_runtime_for_cuda_only_when_the_libraries_are_present()
    {
        var asked = 0;
        IReadOnlyCollection<string> Offered()
        {
            asked++;
            return GpuBuild;
        }

        var absent = ExecutionProviders.Choose("auto", Absent, Offered);
        Assert.Equal(0, asked);
        var present = ExecutionProviders.Choose("auto", Present, Offered);

        Assert.False(absent.TryCuda);
        Assert.StartsWith("CPU: CUDA libraries not found: ", absent.Note, StringComparison.Ordinal);
        Assert.True(present.TryCuda);
        Assert.False(present.Demanded);
        Assert.Equal(1, asked);
    }

    [Fact]
    public void Present_libraries_with_a_cpu_only_onnx_runtime_fall_back_under_auto_and_fail_under_cuda()
    {
        var auto = ExecutionProviders.Choose("auto", Present, () => CpuBuild);
        var error = Assert.Throws<InvalidOperationException>(() => ExecutionProviders.Choose("cuda", Present, () => CpuBuild));

        Assert.False(auto.TryCuda);
        Assert.Contains("offers only CPUExecutionProvider", auto.Note, StringComparison.Ordinal);
        Assert.Contains("offers only CPUExecutionProvider", error.Message, StringComparison.Ordinal);
        Assert.True(ExecutionProviders.Choose("cuda", Present, () => GpuBuild) is { TryCuda: true, Demanded: true });
    }

    [Fact]
    public void Cpu_never_probes_for_cuda()
    {
        var probed = new CudaLibraryProbe(_ => throw new InvalidOperationException("probed"));

        var choice = ExecutionProviders.Choose("CPU", probed, () => throw new InvalidOperationException("asked"));

        Assert.False(choice.TryCuda);
    }

    [Fact]
    public void The_package_in_use_offers_the_cuda_provider()
    {
        Assert.Contains("CUDAExecutionProvider", Microsoft.ML.OnnxRuntime.OrtEnv.Instance().GetAvailableProviders());
    }

    [Fact]
    public void Cpu_is_used_when_asked()
    {
        using var encoder = OnnxTextEncoder.Create(_options with { ExecutionProvider = "cpu" });

        Assert.Equal("CPU", encoder.ExecutionProvider);
        Assert.Equal("CPU (configured)", encoder.ProviderNote);
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
