using ColdStart.Engine.Text;

namespace ColdStart.Engine.Tests.Text;

/// <summary>Writes small encoders to disk for tests.</summary>
internal static class EncoderFixture
{
    public static readonly string[] ShopCorpus =
    [
        "Café crème espresso beans, dark roast",
        "Trail tent for two: waterproof, lightweight",
        "Sleeping bag (down) for winter camping",
        "Espresso grinder with burrs",
        "Waterproof hiking boots",
        "Camping lantern, rechargeable",
        "café au lait mug",
    ];

    public static IReadOnlyList<string> ShopVocabulary() => VocabularyBuilder.Build(ShopCorpus, maxSize: 400, minCount: 1);

    /// <summary>Writes weights + vocabulary as {name}.onnx/.vocab.txt/.json and returns CPU options for them.</summary>
    public static EncoderOptions Write(TemporaryDirectory directory, EncoderWeights weights, IReadOnlyList<string> vocab, string name = "encoder", int maxTokens = 32)
    {
        var metadata = EncoderMetadata.Describe(weights, vocab, maxTokens, "test-fingerprint", trainingPairs: 0, DateTimeOffset.UnixEpoch);
        EncoderFiles.Write(directory.Path, name, weights, vocab, metadata);
        return new EncoderOptions(EncoderFiles.ModelPath(directory.Path, name), EncoderFiles.VocabPath(directory.Path, name), "cpu", maxTokens);
    }

    /// <summary>Random ids in [0, vocab) with a few padded positions per row (mask 0, id [PAD]).</summary>
    public static (long[] Ids, long[] Mask) RandomBatch(int batch, int tokens, int vocab, int seed)
    {
        var random = new Random(seed);
        var ids = new long[batch * tokens];
        var mask = new long[batch * tokens];
        for (var b = 0; b < batch; b++)
        {
            var length = 1 + random.Next(tokens);
            for (var t = 0; t < tokens; t++)
            {
                var real = t < length;
                ids[b * tokens + t] = real ? random.Next(vocab) : 0;
                mask[b * tokens + t] = real ? 1 : 0;
            }
        }

        return (ids, mask);
    }
}
