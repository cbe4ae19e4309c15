using ColdStart.Engine.Text;
using Microsoft.ML.OnnxRuntime;

namespace ColdStart.Engine.Tests.Text;

public sealed class OnnxParityTests : IDisposable
{
    private const float Tolerance = 1e-5f;
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Onnx_runtime_output_equals_the_csharp_forward_pass_on_random_weights()
    {
        var vocab = EncoderFixture.ShopVocabulary();
        var weights = EncoderWeights.CreateRandom(vocab.Count, hidden: 24, dimension: 12, seed: 3);
        var options = EncoderFixture.Write(_directory, weights, vocab);
        var (ids, mask) = EncoderFixture.RandomBatch(batch: 9, tokens: 11, vocab.Count, seed: 5);

        var expected = weights.Forward(ids, mask, 9, 11);
        var actual = RunSession(options.ModelPath, ids, mask, 9, 11);

        AssertClose(expected, actual);
    }

    [Fact]
    public void Onnx_runtime_output_equals_the_csharp_forward_pass_on_a_trained_model()
    {
        var catalog = new PlantedCatalog(textsPerCluster: 12, dimension: 8, seed: 11);
        var vocab = VocabularyBuilder.Build(catalog.Texts, maxSize: 300, minCount: 1);
        var weights = EncoderTrainer.Train(vocab, catalog.Pairs, catalog.Targets, catalog.Dimension,
            new EncoderTrainingOptions(Hidden: 16, Epochs: 3, BatchSize: 32, MaxTokens: 16));
        var options = EncoderFixture.Write(_directory, weights, vocab, maxTokens: 16);
        var tokenizer = TextTokenizer.Load(options.VocabPath, lowerCase: true);
        var (ids, mask) = tokenizer.EncodeBatch(catalog.Texts.Take(20).Append("").ToList(), 16);
        var tokens = ids.Length / 21;

        AssertClose(weights.Forward(ids, mask, 21, tokens), RunSession(options.ModelPath, ids, mask, 21, tokens));

        using var encoder = OnnxTextEncoder.Create(options);
        AssertClose(weights.Forward(ids, mask, 21, tokens), encoder.Encode(catalog.Texts.Take(20).Append("").ToList()));
    }

    [Fact]
    public void Encoder_rows_are_unit_length_and_finite_for_edge_case_texts()
    {
        var vocab = EncoderFixture.ShopVocabulary();
        var options = EncoderFixture.Write(_directory, EncoderWeights.CreateRandom(vocab.Count, 16, 8, seed: 1), vocab);
        using var encoder = OnnxTextEncoder.Create(options with { MaxTokens = 8, BatchSize = 2 });
        string[] texts = ["", "😀🏕️", "[SEP] [CLS]", string.Join(' ', Enumerable.Repeat("tent lantern", 4000)), "Café"];

        var vectors = encoder.Encode(texts);

        Assert.Equal(texts.Length * 8, vectors.Length);
        Assert.All(vectors, v => Assert.True(float.IsFinite(v)));
        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(1f, System.Numerics.Tensors.TensorPrimitives.Norm(vectors.AsSpan(i * 8, 8)), 4);
        }

        Assert.Equal(encoder.Encode("Café"), vectors[32..]);
        Assert.Empty(encoder.Encode([]));
    }

    internal static float[] RunSession(string modelPath, long[] ids, long[] mask, int batch, int tokens)
    {
        using var session = new InferenceSession(modelPath);
        long[] shape = [batch, tokens];
        using var idValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var runOptions = new RunOptions();
        using var outputs = session.Run(runOptions, ["input_ids", "attention_mask"], [idValue, maskValue], ["sentence_embedding"]);
        Assert.Equal([batch, (long)(ids.Length == 0 ? 0 : outputs[0].GetTensorTypeAndShape().Shape[1])], outputs[0].GetTensorTypeAndShape().Shape);
        return outputs[0].GetTensorDataAsSpan<float>().ToArray();
    }

    internal static void AssertClose(float[] expected, float[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        var worst = 0f;
        for (var i = 0; i < expected.Length; i++)
        {
            worst = Math.Max(worst, Math.Abs(expected[i] - actual[i]));
        }

        Assert.True(worst <= Tolerance, $"largest difference {worst} exceeds {Tolerance}");
    }
}
