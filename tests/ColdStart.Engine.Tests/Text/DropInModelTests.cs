using ColdStart.Engine.Text;
using ColdStart.Engine.Text.Onnx;
using Google.Protobuf;
using static ColdStart.Engine.Text.Onnx.TensorProto.Types;

namespace ColdStart.Engine.Tests.Text;

/// <summary>Sentence-transformer style models the test writes itself, loaded by configuration alone.</summary>
public sealed class DropInModelTests : IDisposable
{
    private const int Width = 6;
    private readonly TemporaryDirectory _directory = new();
    private readonly IReadOnlyList<string> _vocab = EncoderFixture.ShopVocabulary();
    private readonly string _vocabPath;
    private readonly float[] _words;
    private readonly float[] _types;
    private readonly string[] _texts = ["Espresso grinder", "waterproof tent for two, lightweight", "", "café"];

    public DropInModelTests()
    {
        _vocabPath = _directory.File("vocab.txt");
        VocabularyBuilder.Write(_vocab, _vocabPath);
        var random = new Random(4);
        _words = [.. Enumerable.Range(0, _vocab.Count * Width).Select(i => i < Width ? 0f : (float)random.NextDouble() - 0.5f)];
        _types = [.. Enumerable.Range(0, 2 * Width).Select(_ => (float)random.NextDouble() - 0.5f)];
    }

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Token_states_output_is_mean_pooled_over_the_mask_and_normalised()
    {
        var g = new OnnxGraphBuilder("bert_like");
        g.Input("input_ids", DataType.Int64, "batch", "sequence");
        g.Input("attention_mask", DataType.Int64, "batch", "sequence");
        g.Input("token_type_ids", DataType.Int64, "batch", "sequence");
        g.Output("last_hidden_state", DataType.Float, "batch", "sequence", (long)Width);
        var words = g.Node("Gather", [g.Initializer("word_embeddings", _words, _vocab.Count, Width), "input_ids"], "word_states");
        var types = g.Node("Gather", [g.Initializer("type_embeddings", _types, 2, Width), "token_type_ids"], "type_states");
        g.Node("Add", [words, types], "last_hidden_state");
        var options = Save(g.Model("test", []), "bert-like");
        using var encoder = OnnxTextEncoder.Create(options);

        var actual = encoder.Encode(_texts);

        Assert.Equal(Width, encoder.Dimension);
        Assert.Equal("bert-like", encoder.ModelName);
        OnnxParityTests.AssertClose(Expected((states, id) => Add(states, _words, id, _types, 0), meanOverMask: true), actual);
    }

    [Fact]
    public void Pooled_output_without_token_types_is_used_directly_and_renormalised()
    {
        var g = new OnnxGraphBuilder("pooled");
        g.Input("input_ids", DataType.Int64, "batch", "sequence");
        g.Input("attention_mask", DataType.Int64, "batch", "sequence");
        g.Output("pooler_output", DataType.Float, "batch", "width");
        var words = g.Node("Gather", [g.Initializer("word_embeddings", _words, _vocab.Count, Width), "input_ids"], "word_states");
        var mask = g.Node("Unsqueeze", [g.Node("Cast", ["attention_mask"], "mask_float", OnnxGraphBuilder.Int("to", (long)DataType.Float)), g.Initializer("last", [-1L], 1)], "mask3");
        var masked = g.Node("Mul", [words, mask], "masked");
        g.Node("ReduceSum", [masked, g.Initializer("tokens", [1L], 1)], "pooler_output", OnnxGraphBuilder.Int("keepdims", 0));
        var options = Save(g.Model("test", []), "pooled");
        using var encoder = OnnxTextEncoder.Create(options);

        var actual = encoder.Encode(_texts);

        Assert.Equal(Width, encoder.Dimension);
        OnnxParityTests.AssertClose(Expected((states, id) => Add(states, _words, id, _types, -1), meanOverMask: false), actual);
    }

    [Fact]
    public void Model_with_an_input_the_encoder_cannot_feed_is_rejected_naming_it()
    {
        var g = new OnnxGraphBuilder("positions");
        g.Input("input_ids", DataType.Int64, "batch", "sequence");
        g.Input("attention_mask", DataType.Int64, "batch", "sequence");
        g.Input("position_ids", DataType.Int64, "batch", "sequence");
        g.Output("last_hidden_state", DataType.Float, "batch", "sequence", (long)Width);
        var words = g.Node("Gather", [g.Initializer("word_embeddings", _words, _vocab.Count, Width), "input_ids"], "word_states");
        var positions = g.Node("Gather", [g.Initializer("position_embeddings", _types, 2, Width), "position_ids"], "position_states");
        g.Node("Add", [words, positions], "last_hidden_state");

        var error = Assert.Throws<InvalidDataException>(() => OnnxTextEncoder.Create(Save(g.Model("test", []), "positions")));

        Assert.Contains("position_ids", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cls_pooling_takes_the_first_token_state()
    {
        var g = new OnnxGraphBuilder("bert_like");
        g.Input("input_ids", DataType.Int64, "batch", "sequence");
        g.Input("attention_mask", DataType.Int64, "batch", "sequence");
        g.Input("token_type_ids", DataType.Int64, "batch", "sequence");
        g.Output("last_hidden_state", DataType.Float, "batch", "sequence", (long)Width);
        var words = g.Node("Gather", [g.Initializer("word_embeddings", _words, _vocab.Count, Width), "input_ids"], "word_states");
        var types = g.Node("Gather", [g.Initializer("type_embeddings", _types, 2, Width), "token_type_ids"], "type_states");
        g.Node("Add", [words, types], "last_hidden_state");
        var options = Save(g.Model("test", []), "bert-cls") with { Pooling = TokenPooling.Cls };
        using var encoder = OnnxTextEncoder.Create(options);

        var actual = encoder.Encode(_texts);

        var first = true;
        OnnxParityTests.AssertClose(Expected((states, id) =>
        {
            // Only the [CLS] token (the first id of every text) counts.
            if (first)
            {
                Add(states, _words, id, _types, 0);
            }

            first = false;
        }, meanOverMask: false, beforeEachText: () => first = true), actual);
    }

    [Fact]
    public void Model_with_an_integer_output_is_refused_with_its_actual_signature()
    {
        var g = new OnnxGraphBuilder("ids_out");
        g.Input("input_ids", DataType.Int64, "batch", "sequence");
        g.Input("attention_mask", DataType.Int64, "batch", "sequence");
        g.Output("token_ids", DataType.Int64, "batch", "sequence");
        g.Node("Identity", ["input_ids"], "token_ids");

        var error = Assert.Throws<InvalidDataException>(() => OnnxTextEncoder.Create(Save(g.Model("test", []), "ids-out")));

        Assert.Contains("output 'token_ids' is Int64; float is required", error.Message, StringComparison.Ordinal);
        Assert.Contains(
            "Its signature: inputs: input_ids Int64[batch, sequence], attention_mask Int64[batch, sequence]; outputs: token_ids Int64[batch, sequence].",
            error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Model_without_token_inputs_is_refused_with_its_actual_signature()
    {
        var g = new OnnxGraphBuilder("features");
        g.Input("features", DataType.Float, "batch", (long)Width);
        g.Output("embedding", DataType.Float, "batch", (long)Width);
        g.Node("Identity", ["features"], "embedding");

        var error = Assert.Throws<InvalidDataException>(() => OnnxTextEncoder.Create(Save(g.Model("test", []), "features")));

        Assert.Contains("declares input 'features'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Its signature: inputs: features Float[batch, 6]; outputs: embedding Float[batch, 6].", error.Message, StringComparison.Ordinal);
    }

    private EncoderOptions Save(ModelProto model, string name)
    {
        var path = _directory.File(name + ".onnx");
        File.WriteAllBytes(path, model.ToByteArray());
        return new EncoderOptions(path, _vocabPath, "cpu", MaxTokens: 16, BatchSize: 3);
    }

    /// <summary>The expected unit vectors, computed by hand from token ids.</summary>
    private float[] Expected(Action<float[], int> addState, bool meanOverMask, Action? beforeEachText = null)
    {
        var tokenizer = TextTokenizer.Load(_vocabPath, lowerCase: true);
        var expected = new float[_texts.Length * Width];
        for (var i = 0; i < _texts.Length; i++)
        {
            var ids = tokenizer.Encode(_texts[i], 16);
            var sum = new float[Width];
            beforeEachText?.Invoke();
            foreach (var id in ids)
            {
                addState(sum, id);
            }

            var scale = meanOverMask ? 1f / ids.Length : 1f;
            var norm = MathF.Sqrt(sum.Sum(v => v * v * scale * scale));
            for (var d = 0; d < Width; d++)
            {
                expected[i * Width + d] = sum[d] * scale / norm;
            }
        }

        return expected;
    }

    private static void Add(float[] sum, float[] words, int id, float[] types, int type)
    {
        for (var d = 0; d < Width; d++)
        {
            sum[d] += words[id * Width + d] + (type >= 0 ? types[type * Width + d] : 0f);
        }
    }
}
