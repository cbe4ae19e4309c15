using ColdStart.Engine.Domain;
using ColdStart.Engine.Evaluation.FreeText;
using ColdStart.Engine.Lexical;
using ColdStart.Engine.Text;
using ColdStart.Pretrained;
using ColdStart.Tests.Shared;

namespace ColdStart.Engine.Tests.Text;

/// <summary>
/// Queries vs documents: <see cref="ITextEncoder.EncodeQuery"/> puts <see cref="EncoderOptions.QueryPrefix"/> before a
/// query's text and nothing before documents (arctic-embed's model card), and the free-text rows encode the person's
/// text as a query.
/// </summary>
public sealed class QueryPrefixTests
{
    private const string Prefix = "Represent this sentence for searching relevant passages: ";

    [Fact]
    public void A_query_prefix_is_put_before_queries_only()
    {
        using var plain = OnnxTextEncoder.Create(ProjectEncoder());
        using var prefixed = OnnxTextEncoder.Create(ProjectEncoder() with { QueryPrefix = "camping gear: " });

        Assert.Equal(plain.Encode("camping gear: tent for two"), prefixed.EncodeQuery("tent for two"));
        Assert.NotEqual(plain.Encode("tent for two"), prefixed.EncodeQuery("tent for two"));
        Assert.Equal(plain.Encode(["tent for two", "espresso grinder"]), prefixed.Encode(["tent for two", "espresso grinder"]));
        Assert.Equal(plain.Encode("tent for two"), prefixed.Encode("tent for two"));
        Assert.Equal(plain.Encode("tent for two"), plain.EncodeQuery("tent for two"));
        Assert.Equal("camping gear: ", prefixed.QueryPrefix);
    }

    [Fact]
    public void ArcticXs_asks_for_its_model_cards_query_prefix_and_MiniLM_for_none()
    {
        Assert.Equal(Prefix, PretrainedModels.ArcticXs.QueryPrefix);
        Assert.Equal("cls", PretrainedModels.ArcticXs.Pooling);
        Assert.Null(PretrainedModels.MiniLM.QueryPrefix);
    }

    [Fact]
    public void A_free_text_encoder_row_encodes_the_persons_text_as_a_query_and_the_items_as_documents()
    {
        using var encoder = new QueryRecordingEncoder();
        Item[] items =
        [
            new("SKU-1", "Trail tent", "Waterproof tent for two.", "Outdoor", "Tent", "Outdoor > Camping > Tent", "Alpina", 199f, new DateOnly(2025, 5, 1), ["camping"]),
            new("SKU-2", "Burr grinder", "Espresso grinder with steel burrs.", "Kitchen", "Grinder", "Kitchen > Coffee > Grinder", "Brew", 89f, new DateOnly(2025, 6, 1), ["coffee"]),
        ];
        var fold = new FreeTextFold(items, LexicalIndex.Build(items), null);

        var scores = FreeTextRow.Encoder("recording", encoder).Prepare(fold)("tent for two");

        Assert.Equal(items.Length, scores.Length);
        Assert.Equal(["tent for two"], encoder.Queries);
        Assert.Equal(items.Select(i => i.Text), encoder.Documents);
    }

    [PretrainedFact("arctic-xs")]
    public void ArcticXs_encodes_a_query_with_the_prefix_and_a_document_without()
    {
        var model = PretrainedModels.ArcticXs;
        var root = PretrainedFactAttribute.Root()!;
        var options = new EncoderOptions(PretrainedFiles.PathOf(root, model, model.Model), PretrainedFiles.PathOf(root, model, model.Vocabulary), "cpu",
            BatchSize: 8, Pooling: TokenPooling.Cls, QueryPrefix: model.QueryPrefix);
        using var encoder = OnnxTextEncoder.Create(options);

        var query = encoder.EncodeQuery("waterproof tent");

        Assert.Equal(encoder.Encode(Prefix + "waterproof tent"), query);
        Assert.NotEqual(encoder.Encode("waterproof tent"), query);
    }

    private static EncoderOptions ProjectEncoder()
    {
        var models = Path.GetDirectoryName(PretrainedFactAttribute.Root() ?? throw new InvalidOperationException("ColdStart.Workbench.sln not found above the test binaries."))!;
        return new EncoderOptions(Path.Combine(models, "encoder.onnx"), Path.Combine(models, "encoder.vocab.txt"), "cpu");
    }

    /// <summary>Records which texts were encoded as queries and which as documents (a batch).</summary>
    private sealed class QueryRecordingEncoder : ITextEncoder
    {
        private readonly WordHashEncoder _inner = new();

        public List<string> Queries { get; } = [];
        public List<string> Documents { get; } = [];
        public int Dimension => _inner.Dimension;
        public string ExecutionProvider => "CPU";
        public string ModelName => "recording";

        public float[] Encode(IReadOnlyList<string> texts)
        {
            lock (Documents) Documents.AddRange(texts);
            return _inner.Encode(texts);
        }

        public float[] Encode(string text) => throw new InvalidOperationException("A free-text row must encode the person's text as a query.");

        public float[] EncodeQuery(string text)
        {
            lock (Queries) Queries.Add(text);
            return _inner.Encode(text);
        }

        public void Dispose() => _inner.Dispose();
    }
}
