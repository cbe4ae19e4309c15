using System.Numerics.Tensors;
using ColdStart.Engine.Text;
using ColdStart.Engine.Text.Adapters;
using ColdStart.Tests.Shared;
using Microsoft.ML.OnnxRuntime;

namespace ColdStart.Engine.Tests.Text.Adapters;

public sealed class AdapterTests : IDisposable
{
    private const float Tolerance = 1e-5f;
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData(0f)]
    [InlineData(0.3f)]
    public void Adapter_onnx_output_equals_the_csharp_forward_pass(float baseShare)
    {
        var weights = AdapterWeights.CreateRandom(input: 24, dimension: 7, seed: 3).WithBaseShare(baseShare);
        var random = new Random(9);
        for (var i = 0; i < weights.B1.Length; i++) weights.B1[i] = (float)random.NextDouble() - 0.5f;
        for (var i = 0; i < weights.B2.Length; i++) weights.B2[i] = (float)random.NextDouble() - 0.5f;
        var inputs = UnitRows(random, rows: 11, width: 24);
        var path = _directory.File("adapter.onnx");
        AdapterFiles.Write(path, weights, "base", trainingPairs: 0);

        var expected = weights.Forward(inputs, 11);
        var actual = RunSession(path, inputs, 11, 24);

        AssertClose(expected, actual);
        var width = baseShare > 0 ? 24 + 7 : 7;
        Assert.Equal(11 * width, actual.Length);
        Assert.All(Enumerable.Range(0, 11), r => Assert.Equal(1f, TensorPrimitives.Norm(actual.AsSpan(r * width, width)), 4));
    }

    [Fact]
    public void With_a_base_share_the_cosine_of_two_outputs_blends_the_base_and_adapted_cosines()
    {
        var adapter = AdapterWeights.CreateRandom(input: 12, dimension: 5, seed: 2);
        var inputs = UnitRows(new Random(4), rows: 2, width: 12);
        var alone = adapter.Forward(inputs, 2);
        var blended = adapter.WithBaseShare(0.25f).Forward(inputs, 2);

        var expected = 0.25f * TensorPrimitives.Dot(inputs.AsSpan(0, 12), inputs.AsSpan(12, 12)) + 0.75f * TensorPrimitives.Dot(alone.AsSpan(0, 5), alone.AsSpan(5, 5));
        Assert.Equal(expected, TensorPrimitives.Dot(blended.AsSpan(0, 17), blended.AsSpan(17, 17)), 5);
        Assert.Throws<ArgumentOutOfRangeException>(() => adapter.WithBaseShare(1f));
    }

    [Fact]
    public void Loaded_adapter_encodes_like_the_trained_weights_on_its_base_encoder()
    {
        using var baseEncoder = new WordHashEncoder(16);
        var (inputs, targetOf, targets) = Toy(baseEncoder, out var texts);
        var weights = AdapterTrainer.Train(inputs, 16, targetOf, targets, 5, new EncoderTrainingOptions(Epochs: 3, BatchSize: 16)).WithBaseShare(0.5f);
        var path = _directory.File("trained.onnx");
        AdapterFiles.Write(path, weights, baseEncoder.ModelName, targetOf.Length);

        using var loaded = AdaptedTextEncoder.Load(baseEncoder, path);
        using var inMemory = AdaptedTextEncoder.FromWeights(baseEncoder, weights);

        Assert.Equal(16 + 5, loaded.Dimension);
        Assert.Equal("word-hash + adapter", loaded.ModelName);
        AssertClose(inMemory.Encode(texts), loaded.Encode(texts));
        AssertClose(inMemory.EncodeQuery(texts[0]), loaded.EncodeQuery(texts[0]));
        Assert.Empty(loaded.Encode([]));
    }

    [Fact]
    public void Training_reduces_the_loss_and_moves_adapted_vectors_toward_their_targets()
    {
        using var baseEncoder = new WordHashEncoder(16);
        var (inputs, targetOf, targets) = Toy(baseEncoder, out _);
        var untrained = AdapterWeights.CreateRandom(16, 5, seed: 7);

        var trained = AdapterTrainer.Train(inputs, 16, targetOf, targets, 5, new EncoderTrainingOptions(Epochs: 40, BatchSize: 16, LearningRate: 5e-3f));

        Assert.True(trained.EpochLosses[^1] < 0.5 * trained.EpochLosses[0], $"loss {trained.EpochLosses[0]} → {trained.EpochLosses[^1]}");
        var before = MeanCosine(untrained.Forward(inputs, targetOf.Length), targetOf, targets);
        var after = MeanCosine(trained.Forward(inputs, targetOf.Length), targetOf, targets);
        Assert.True(after > 0.8 && after > before + 0.4, $"mean cosine to the own target: {before:0.000} before, {after:0.000} after");
    }

    [Fact]
    public void Training_is_deterministic_for_a_seed()
    {
        using var baseEncoder = new WordHashEncoder(16);
        var (inputs, targetOf, targets) = Toy(baseEncoder, out _);
        var options = new EncoderTrainingOptions(Epochs: 2, BatchSize: 16);

        var first = AdapterTrainer.Train(inputs, 16, targetOf, targets, 5, options);
        var second = AdapterTrainer.Train(inputs, 16, targetOf, targets, 5, options);

        Assert.Equal(first.W1, second.W1);
        Assert.Equal(first.W2, second.W2);
    }

    [Fact]
    public void Bad_inputs_are_refused_with_the_sizes_named()
    {
        var error = Assert.Throws<ArgumentException>(() => AdapterTrainer.Train(new float[10], 4, [0, 0, 0], new float[4], 4));
        Assert.Contains("3 examples × 4 floats (got 10)", error.Message, StringComparison.Ordinal);
        var nan = new float[8];
        nan[5] = float.NaN;
        Assert.Contains("not finite", Assert.Throws<ArgumentException>(() => AdapterTrainer.Train(nan, 4, [0, 0], [1, 0, 0, 0], 4)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loading_refuses_a_missing_file_another_base_and_another_width()
    {
        using var baseEncoder = new WordHashEncoder(16);
        var missing = _directory.File("none.onnx");
        var notFound = Assert.Throws<FileNotFoundException>(() => AdaptedTextEncoder.Load(baseEncoder, missing));
        Assert.Contains(missing, notFound.Message, StringComparison.Ordinal);
        Assert.Contains("train --adapter", notFound.Message, StringComparison.Ordinal);

        var path = _directory.File("other.onnx");
        AdapterFiles.Write(path, AdapterWeights.CreateRandom(16, 4, seed: 1), "all-MiniLM-L6-v2", 0);
        var otherBase = Assert.Throws<InvalidDataException>(() => AdaptedTextEncoder.Load(baseEncoder, path));
        Assert.Contains("trained on all-MiniLM-L6-v2, not on word-hash", otherBase.Message, StringComparison.Ordinal);

        AdapterFiles.Write(path, AdapterWeights.CreateRandom(8, 4, seed: 1), "word-hash", 0);
        var width = Assert.Throws<InvalidDataException>(() => AdaptedTextEncoder.Load(baseEncoder, path));
        Assert.Contains("takes 8-d vectors but word-hash gives 16-d", width.Message, StringComparison.Ordinal);

        var truncated = _directory.File("truncated.onnx");
        File.WriteAllBytes(truncated, File.ReadAllBytes(path)[..40]);
        Assert.Contains(truncated, Assert.Throws<InvalidDataException>(() => AdaptedTextEncoder.Load(baseEncoder, truncated)).Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Five planted groups of texts (shared words) whose targets are five random directions; texts of a group share the
    /// target, so the adapter must map the base vectors of a word group onto one direction.
    /// </summary>
    internal static (float[] Inputs, int[] TargetOf, float[] Targets) Toy(ITextEncoder baseEncoder, out List<string> texts)
    {
        string[][] words =
        [
            ["tent", "camping", "outdoor", "sleeping", "trail"],
            ["boots", "hiking", "leather", "laces", "sole"],
            ["kettle", "kitchen", "steel", "boil", "tea"],
            ["novel", "mystery", "paperback", "author", "chapter"],
            ["lamp", "desk", "light", "bulb", "shade"],
        ];
        var random = new Random(5);
        texts = [];
        var targetOf = new List<int>();
        for (var group = 0; group < words.Length; group++)
        {
            for (var n = 0; n < 16; n++)
            {
                texts.Add(string.Join(' ', Enumerable.Range(0, 3).Select(_ => words[group][random.Next(words[group].Length)])));
                targetOf.Add(group);
            }
        }

        var targets = UnitRows(random, words.Length, 5);
        return (baseEncoder.Encode(texts), [.. targetOf], targets);
    }

    private static float[] UnitRows(Random random, int rows, int width)
    {
        var values = new float[rows * width];
        for (var i = 0; i < values.Length; i++) values[i] = (float)(random.NextDouble() * 2 - 1);
        for (var r = 0; r < rows; r++)
        {
            var row = values.AsSpan(r * width, width);
            TensorPrimitives.Divide(row, TensorPrimitives.Norm(row), row);
        }

        return values;
    }

    private static double MeanCosine(float[] adapted, int[] targetOf, float[] targets)
    {
        var dim = adapted.Length / targetOf.Length;
        return Enumerable.Range(0, targetOf.Length)
            .Average(i => TensorPrimitives.CosineSimilarity(adapted.AsSpan(i * dim, dim), targets.AsSpan(targetOf[i] * dim, dim)));
    }

    private static float[] RunSession(string path, float[] inputs, int batch, int width)
    {
        using var session = new InferenceSession(path);
        using var input = OrtValue.CreateTensorValueFromMemory(inputs, [batch, width]);
        using var runOptions = new RunOptions();
        using var outputs = session.Run(runOptions, [AdapterFiles.InputName], [input], [AdapterFiles.OutputName]);
        return outputs[0].GetTensorDataAsSpan<float>().ToArray();
    }

    private static void AssertClose(float[] expected, float[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= Tolerance, $"[{i}]: C# {expected[i]}, ONNX {actual[i]}");
        }
    }
}
