using ColdStart.Engine.Tests.Text;
using ColdStart.Engine.Tests.Text.Adapters;
using ColdStart.Engine.Text;
using ColdStart.Engine.Text.Adapters;
using ColdStart.Pretrained;
using ColdStart.Tests.Shared;

namespace ColdStart.Engine.Tests.Pretrained;

/// <summary>An adapter on the real MiniLM: trained on its frozen vectors, written as ONNX, loaded as "base + adapter".</summary>
public sealed class PretrainedAdapterTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [PretrainedFact("minilm")]
    public void MiniLM_plus_adapter_file_matches_the_csharp_forward_pass_and_lowers_the_loss()
    {
        var root = PretrainedFactAttribute.Root()!;
        var model = PretrainedModels.MiniLM;
        using var miniLm = OnnxTextEncoder.Create(new EncoderOptions(
            PretrainedFiles.PathOf(root, model, model.Model), PretrainedFiles.PathOf(root, model, model.Vocabulary), "cpu", MaxTokens: 32, BatchSize: 16));
        var (inputs, targetOf, targets) = AdapterTests.Toy(miniLm, out var texts);

        var weights = AdapterTrainer.Train(inputs, miniLm.Dimension, targetOf, targets, 5, new EncoderTrainingOptions(Epochs: 10, BatchSize: 16));
        var path = _directory.File("minilm-adapter.onnx");
        AdapterFiles.Write(path, weights, miniLm.ModelName, targetOf.Length);
        using var adapted = AdaptedTextEncoder.Load(miniLm, path);

        Assert.True(weights.EpochLosses[^1] < weights.EpochLosses[0], $"loss {weights.EpochLosses[0]} → {weights.EpochLosses[^1]}");
        Assert.Equal(384, weights.Input);
        var expected = weights.Forward(miniLm.Encode(texts.Take(8).ToList()), 8);
        var actual = adapted.Encode(texts.Take(8).ToList());
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= 1e-5f, $"[{i}]: C# {expected[i]}, ONNX {actual[i]}");
        }
    }
}
