using ColdStart.Engine.Text;
using ColdStart.Engine.Text.Onnx;

namespace ColdStart.Engine.Tests.Text;

public sealed class EncoderFilesTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();
    private readonly IReadOnlyList<string> _vocab = EncoderFixture.ShopVocabulary();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Written_model_is_opset_17_ir_8_with_the_expected_graph_and_metadata()
    {
        var weights = EncoderWeights.CreateRandom(_vocab.Count, 16, 8, seed: 2);
        var options = EncoderFixture.Write(_directory, weights, _vocab);

        var model = ModelProto.Parser.ParseFrom(File.ReadAllBytes(options.ModelPath));
        var props = model.MetadataProps.ToDictionary(p => p.Key, p => p.Value);

        Assert.Equal(8, model.IrVersion);
        Assert.Equal(17, Assert.Single(model.OpsetImport).Version);
        Assert.Equal(
            ["Gather", "Cast", "Unsqueeze", "Mul", "ReduceSum", "ReduceSum", "Clip", "Div", "MatMul", "Add", "Tanh", "MatMul", "Add", "LpNormalization"],
            model.Graph.Node.Select(n => n.OpType));
        Assert.Equal(["input_ids", "attention_mask"], model.Graph.Input.Select(i => i.Name));
        Assert.Equal("sentence_embedding", Assert.Single(model.Graph.Output).Name);
        Assert.All(model.Graph.Node.Where(n => n.OpType == "ReduceSum"), n => Assert.True(n.Attribute.Single().HasI && n.Attribute.Single().I == 0));
        Assert.Equal("8", props[OnnxMetadataKeys.Dimension]);
        Assert.Equal(_vocab.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), props[OnnxMetadataKeys.VocabSize]);
        Assert.Equal(VocabularyBuilder.Sha256(_vocab), props[OnnxMetadataKeys.VocabSha256]);
        Assert.Equal("test-fingerprint", props[OnnxMetadataKeys.TrainingFingerprint]);
    }

    [Fact]
    public void Metadata_json_round_trips_and_onnx_runtime_sees_the_same_properties()
    {
        var weights = EncoderWeights.CreateRandom(_vocab.Count, 16, 8, seed: 2);
        var options = EncoderFixture.Write(_directory, weights, _vocab);

        var metadata = EncoderFiles.ReadMetadata(EncoderFiles.MetadataPath(_directory.Path, "encoder"));
        using var session = new Microsoft.ML.OnnxRuntime.InferenceSession(options.ModelPath);

        Assert.Equal(EncoderMetadata.Describe(weights, _vocab, 32, "test-fingerprint", 0, DateTimeOffset.UnixEpoch), metadata);
        Assert.Equal(metadata.VocabSha256, session.ModelMetadata.CustomMetadataMap[OnnxMetadataKeys.VocabSha256]);
        Assert.Equal("32", session.ModelMetadata.CustomMetadataMap[OnnxMetadataKeys.MaxTokens]);
    }

    [Fact]
    public void Rewriting_files_leaves_no_temporaries_and_an_open_encoder_keeps_working()
    {
        var first = EncoderWeights.CreateRandom(_vocab.Count, 16, 8, seed: 1);
        var options = EncoderFixture.Write(_directory, first, _vocab);
        using var running = OnnxTextEncoder.Create(options);
        var before = running.Encode("espresso beans");

        EncoderFixture.Write(_directory, EncoderWeights.CreateRandom(_vocab.Count, 16, 8, seed: 2), _vocab);

        Assert.Equal(before, running.Encode("espresso beans"));
        using var reloaded = OnnxTextEncoder.Create(options);
        Assert.NotEqual(before, reloaded.Encode("espresso beans"));
        Assert.Equal(3, Directory.GetFiles(_directory.Path).Length);
        Assert.Empty(Directory.GetFiles(_directory.Path, "*.tmp"));
    }

    [Fact]
    public void Metadata_that_disagrees_with_the_weights_is_rejected()
    {
        var weights = EncoderWeights.CreateRandom(_vocab.Count, 16, 8, seed: 1);
        var metadata = EncoderMetadata.Describe(weights, _vocab, 32, "f", 0, DateTimeOffset.UnixEpoch);

        Assert.Throws<ArgumentException>(() => EncoderFiles.Write(_directory.Path, "m", weights, _vocab, metadata with { Dimension = 9 }));
        Assert.Throws<ArgumentException>(() => EncoderFiles.Write(_directory.Path, "m", weights, _vocab, metadata with { VocabSha256 = "00" }));
        Assert.Empty(Directory.GetFiles(_directory.Path));
    }

    [Fact]
    public void Vocabulary_file_that_is_not_the_models_is_rejected_at_load()
    {
        var options = EncoderFixture.Write(_directory, EncoderWeights.CreateRandom(_vocab.Count, 16, 8, seed: 1), _vocab);
        VocabularyBuilder.Write(_vocab.Take(_vocab.Count - 1).ToList(), options.VocabPath);

        var error = Assert.Throws<InvalidDataException>(() => OnnxTextEncoder.Create(options));

        Assert.Contains(options.VocabPath, error.Message, StringComparison.Ordinal);
    }
}
