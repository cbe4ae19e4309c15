using ColdStart.Engine.Text;
using ColdStart.Tests.Shared;

namespace ColdStart.Engine.Tests.Contracts;

/// <summary>
/// What every <see cref="ITextEncoder"/> must do, whatever its model: the project's committed ONNX encoder, the test
/// stand-in, and (where their files are present) drop-in sentence-transformers. A new encoder gets these tests by one
/// subclass that says how to create it.
/// </summary>
public abstract class TextEncoderContract : IDisposable
{
    private static readonly string[] Texts =
    [
        "Waterproof trail running shoes, red",
        "red running shoes for the trail",
        "Stainless steel chef's knife set",
        "Café crème espresso beans — dark roast",
        "",
        "   ",
        "a",
        string.Join(' ', Enumerable.Repeat("very long product description", 200)),
    ];

    private readonly Lazy<ITextEncoder> _encoder;

    protected TextEncoderContract() => _encoder = new Lazy<ITextEncoder>(Create);

    private ITextEncoder Encoder => _encoder.Value;

    /// <summary>The encoder under test.</summary>
    protected abstract ITextEncoder Create();

    [Fact]
    public void It_names_its_model_and_execution_provider()
    {
        Assert.False(string.IsNullOrWhiteSpace(Encoder.ModelName));
        Assert.Contains(Encoder.ExecutionProvider, (string[])["CPU", "CUDA"]);
        Assert.True(Encoder.Dimension > 0);
    }

    [Fact]
    public void Every_text_gets_one_finite_vector_of_unit_length_empty_and_long_ones_included()
    {
        foreach (var text in Texts)
        {
            var vector = Encoder.Encode(text);
            Assert.Equal(Encoder.Dimension, vector.Length);
            Assert.All(vector, v => Assert.True(float.IsFinite(v)));
            double norm = Math.Sqrt(vector.Sum(v => (double)v * v));
            // Unit length; a blank text may be the zero vector (nothing to say), never NaN.
            Assert.True(Math.Abs(norm - 1) < 1e-3 || (norm == 0 && string.IsNullOrWhiteSpace(text)), $"'{Short(text)}' has norm {norm}.");
        }
    }

    [Fact]
    public void A_batch_encodes_each_text_as_it_would_alone()
    {
        var batch = Encoder.Encode(Texts);
        Assert.Equal(Texts.Length * Encoder.Dimension, batch.Length);
        for (int t = 0; t < Texts.Length; t++)
        {
            var alone = Encoder.Encode(Texts[t]);
            for (int d = 0; d < Encoder.Dimension; d++) Assert.Equal(alone[d], batch[t * Encoder.Dimension + d], 4);
        }
    }

    [Fact]
    public void Concurrent_calls_give_the_same_vectors_as_one_after_another()
    {
        var serial = Texts.Select(Encoder.Encode).ToArray();
        var parallel = new float[Texts.Length][];
        Parallel.For(0, 4 * Texts.Length, i => parallel[i % Texts.Length] = Encoder.Encode(Texts[i % Texts.Length]));
        for (int t = 0; t < Texts.Length; t++) Assert.Equal(serial[t], parallel[t]);
    }

    [Fact]
    public void An_empty_batch_gives_no_vectors() => Assert.Empty(Encoder.Encode(Array.Empty<string>()));

    [Fact]
    public void Texts_about_the_same_thing_are_closer_than_texts_about_different_things()
    {
        var shoes = Encoder.Encode(Texts[0]);
        float same = Dot(shoes, Encoder.Encode(Texts[1])), different = Dot(shoes, Encoder.Encode(Texts[2]));
        Assert.True(same > different, $"{Encoder.ModelName}: cos(shoes, shoes) {same:0.000} ≤ cos(shoes, knives) {different:0.000}.");
    }

    public void Dispose()
    {
        if (_encoder.IsValueCreated) _encoder.Value.Dispose();
        GC.SuppressFinalize(this);
    }

    private static float Dot(float[] a, float[] b) => a.Zip(b, (x, y) => x * y).Sum();

    private static string Short(string text) => text.Length > 20 ? text[..20] + "…" : text;
}

/// <summary>The project's committed encoder (<c>models/encoder.onnx</c>) on the CPU provider.</summary>
public sealed class ProjectEncoderContractTests : TextEncoderContract
{
    protected override ITextEncoder Create()
    {
        var models = Path.Combine(RepositoryFolder(), "models");
        return OnnxTextEncoder.Create(new EncoderOptions(Path.Combine(models, "encoder.onnx"), Path.Combine(models, "encoder.vocab.txt"), "cpu"));
    }

    private static string RepositoryFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "ColdStart.Workbench.sln"))) return folder.FullName;
        throw new InvalidOperationException("ColdStart.Workbench.sln not found above the test binaries.");
    }
}

/// <summary>The tests' hashing stand-in, so the stand-in other tests rely on keeps the contract too.</summary>
public sealed class WordHashEncoderContractTests : TextEncoderContract
{
    protected override ITextEncoder Create() => new WordHashEncoder();
}

/// <summary>all-MiniLM-L6-v2 as extracted by the build from its NuGet package (mean pooling).</summary>
public sealed class MiniLMContractTests : TextEncoderContract
{
    protected override ITextEncoder Create() => PretrainedEncoder(ColdStart.Pretrained.PretrainedModels.MiniLM, TokenPooling.Mean);

    internal static ITextEncoder PretrainedEncoder(ColdStart.Pretrained.PretrainedModel model, TokenPooling pooling)
    {
        // The solution's build extracts the files (ColdStart.Pretrained); Verify names the file and package when one is missing.
        var root = PretrainedFactAttribute.Root() ?? throw new InvalidOperationException("ColdStart.Workbench.sln not found above the test binaries.");
        ColdStart.Pretrained.PretrainedFiles.Verify(model, root);
        return OnnxTextEncoder.Create(new EncoderOptions(ColdStart.Pretrained.PretrainedFiles.PathOf(root, model, model.Model),
            ColdStart.Pretrained.PretrainedFiles.PathOf(root, model, model.Vocabulary), "cpu", Pooling: pooling));
    }
}

/// <summary>snowflake-arctic-embed-xs as extracted by the build from its NuGet package ([CLS] pooling).</summary>
public sealed class ArcticXsContractTests : TextEncoderContract
{
    protected override ITextEncoder Create() => MiniLMContractTests.PretrainedEncoder(ColdStart.Pretrained.PretrainedModels.ArcticXs, TokenPooling.Cls);
}
