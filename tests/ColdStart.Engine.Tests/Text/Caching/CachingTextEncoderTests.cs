using ColdStart.Engine.Text.Caching;

namespace ColdStart.Engine.Tests.Text.Caching;

public sealed class CachingTextEncoderTests
{
    private static readonly string[] Texts = ["red tent", "blue boots", "red boots", "blue tent"];

    [Fact]
    public void First_encode_misses_and_stores_then_a_second_encoder_on_the_same_store_encodes_nothing()
    {
        var store = new MemoryEmbeddingStore();
        var first = new KeywordEncoder("red", "blue", "tent", "boots");
        var expected = first.Encode(Texts);

        var cold = new CachingTextEncoder(new KeywordEncoder("red", "blue", "tent", "boots"), "encoder-a", store);
        var coldVectors = cold.Encode(Texts);
        Assert.Equal(new EmbeddingCacheStatistics(0, 4, cold.Statistics.EncodeTime, cold.Statistics.StoreTime), cold.Statistics);
        Assert.Equal(4, store.Count);

        // A restart: a new encoder process, same model (same fingerprint), same store.
        var inner = new KeywordEncoder("red", "blue", "tent", "boots");
        var warm = new CachingTextEncoder(inner, "encoder-a", store);
        var warmVectors = warm.Encode(Texts);

        Assert.Equal(0, inner.Encoded);
        Assert.Equal(4, warm.Statistics.Hits);
        Assert.Equal(0, warm.Statistics.Encoded);
        Assert.Equal(expected, coldVectors);
        Assert.Equal(expected, warmVectors);
    }

    [Fact]
    public void A_changed_text_is_the_only_one_encoded_again()
    {
        var store = new MemoryEmbeddingStore();
        new CachingTextEncoder(new KeywordEncoder("red", "blue", "tent", "boots"), "encoder-a", store).Encode(Texts);
        var inner = new KeywordEncoder("red", "blue", "tent", "boots");
        var cached = new CachingTextEncoder(inner, "encoder-a", store);

        string[] edited = ["red tent", "blue boots", "red boots tent", "blue tent"];
        var vectors = cached.Encode(edited);

        Assert.Equal(1, inner.Encoded);
        Assert.Equal(3, cached.Statistics.Hits);
        Assert.Equal(1, cached.Statistics.Encoded);
        Assert.Equal(new KeywordEncoder("red", "blue", "tent", "boots").Encode(edited), vectors);
        Assert.Equal(5, store.Count);
    }

    [Fact]
    public void Another_fingerprint_misses_even_for_the_same_texts()
    {
        var store = new MemoryEmbeddingStore();
        new CachingTextEncoder(new KeywordEncoder("red", "blue", "tent", "boots"), "encoder-a", store).Encode(Texts);
        var retrained = new KeywordEncoder("tent", "boots", "red", "blue");
        var cached = new CachingTextEncoder(retrained, "encoder-b", store);

        var vectors = cached.Encode(Texts);

        Assert.Equal(4, retrained.Encoded);
        Assert.Equal(0, cached.Statistics.Hits);
        Assert.Equal(new KeywordEncoder("tent", "boots", "red", "blue").Encode(Texts), vectors);
    }

    [Fact]
    public void Duplicate_texts_in_a_batch_are_encoded_once_and_every_row_is_filled()
    {
        var inner = new KeywordEncoder("red", "blue");
        var cached = new CachingTextEncoder(inner, "encoder-a", new MemoryEmbeddingStore());

        var vectors = cached.Encode(["red", "blue", "red", "red"]);

        Assert.Equal(2, inner.Encoded);
        Assert.Equal([1f, 0f, 0f, 1f, 1f, 0f, 1f, 0f], vectors);
    }

    [Fact]
    public void Misses_are_stored_chunk_by_chunk()
    {
        var store = new MemoryEmbeddingStore();
        var texts = Enumerable.Range(0, CachingTextEncoder.ChunkSize + 3).Select(i => $"red {i}").ToList();
        var cached = new CachingTextEncoder(new KeywordEncoder("red"), "encoder-a", store);

        cached.Encode(texts);

        Assert.Equal(texts.Count, store.Count);
        Assert.Equal(texts.Count, cached.Statistics.Encoded);
    }
}
