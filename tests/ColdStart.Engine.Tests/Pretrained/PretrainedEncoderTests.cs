using System.Numerics.Tensors;
using ColdStart.Engine.Text;
using ColdStart.Pretrained;
using ColdStart.Tests.Shared;

namespace ColdStart.Engine.Tests.Pretrained;

/// <summary>The packaged sentence encoders load through the drop-in path and put similar sentences nearer than dissimilar ones.</summary>
public sealed class PretrainedEncoderTests
{
    private const string Tent = "lightweight waterproof tent for two people";
    private const string Shelter = "a small rainproof camping shelter for hiking";
    private const string Grinder = "stainless steel burr coffee grinder for espresso";

    [PretrainedFact("minilm")]
    public void MiniLM_loads_checks_its_files_and_ranks_a_paraphrase_above_an_unrelated_sentence() =>
        AssertParaphraseIsNearer(PretrainedModels.MiniLM, TokenPooling.Mean);

    [PretrainedFact("arctic-xs")]
    public void ArcticXs_loads_with_cls_pooling_and_ranks_a_paraphrase_above_an_unrelated_sentence() =>
        AssertParaphraseIsNearer(PretrainedModels.ArcticXs, TokenPooling.Cls);

    private static void AssertParaphraseIsNearer(PretrainedModel model, TokenPooling pooling)
    {
        var root = PretrainedFactAttribute.Root()!;
        PretrainedFiles.Verify(model, root);
        var options = new EncoderOptions(
            PretrainedFiles.PathOf(root, model, model.Model), PretrainedFiles.PathOf(root, model, model.Vocabulary), "cpu",
            MaxTokens: 128, BatchSize: 8, Pooling: pooling);
        using var encoder = OnnxTextEncoder.Create(options);

        var vectors = encoder.Encode([Tent, Shelter, Grinder]);

        Assert.Equal(384, encoder.Dimension);
        var tent = vectors.AsSpan(0, 384);
        var similar = TensorPrimitives.Dot(tent, vectors.AsSpan(384, 384));
        var dissimilar = TensorPrimitives.Dot(tent, vectors.AsSpan(768, 384));
        Assert.True(similar > dissimilar, $"{model.Key}: cos(tent, shelter) {similar:0.000} should exceed cos(tent, grinder) {dissimilar:0.000}");
        Assert.Equal(1f, TensorPrimitives.Norm(tent), 3);
    }
}
