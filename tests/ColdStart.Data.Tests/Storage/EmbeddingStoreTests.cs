using ColdStart.Data.Stores;
using ColdStart.Engine.Text;
using ColdStart.Engine.Text.Caching;
using ColdStart.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ColdStart.Data.Tests.Storage;

public sealed class EmbeddingStoreTests
{
    private static readonly TextHash[] Hashes = [TextHash.Of("red tent"), TextHash.Of("blue boots")];

    [Fact]
    public async Task Vectors_survive_a_restart_as_float32_blobs_keyed_by_fingerprint_and_text_hash()
    {
        using var database = new TempDatabase();
        await database.PrepareAsync();
        float[] vectors = [0.6f, 0.8f, 1f, 0f];
        database.Services.GetRequiredService<IEmbeddingStore>().Save("encoder-a", 2, Hashes, vectors);

        // A restart: a fresh service provider on the same file.
        using var restarted = new ServiceCollection().AddLogging().AddColdStartData(database.Configuration).BuildServiceProvider();
        var store = restarted.GetRequiredService<IEmbeddingStore>();
        var read = new float[4];
        var found = new bool[2];

        Assert.Equal(2, store.Lookup("encoder-a", 2, Hashes, read, found));
        Assert.Equal(vectors, read);
        Assert.Equal([true, true], found);
        await using var db = database.CreateContext();
        var blob = await db.Embeddings.Select(e => e.Vector).FirstAsync();
        Assert.Equal(2 * sizeof(float), blob.Length);
        Assert.Equal(32, (await db.Embeddings.Select(e => e.TextHash).FirstAsync()).Length);
    }

    [Fact]
    public async Task Another_fingerprint_another_dimension_or_an_unknown_text_is_a_miss()
    {
        using var database = new TempDatabase();
        await database.PrepareAsync();
        var store = database.Services.GetRequiredService<IEmbeddingStore>();
        store.Save("encoder-a", 2, Hashes, [0.6f, 0.8f, 1f, 0f]);
        var read = new float[4];
        var found = new bool[2];

        Assert.Equal(0, store.Lookup("encoder-b", 2, Hashes, read, found));
        Assert.Equal(0, store.Lookup("encoder-a", 1, Hashes, read, found));
        Assert.Equal(1, store.Lookup("encoder-a", 2, [TextHash.Of("green hat"), Hashes[1]], read, found));
        Assert.Equal([false, true], found);
        Assert.Equal([0f, 0f, 1f, 0f], read);
    }

    [Fact]
    public async Task A_restarted_caching_encoder_encodes_only_the_edited_text()
    {
        using var database = new TempDatabase();
        await database.PrepareAsync();
        var store = database.Services.GetRequiredService<IEmbeddingStore>();
        string[] texts = ["red tent", "blue boots", "red boots"];
        var first = new CountingEncoder();
        new CachingTextEncoder(first, "encoder-a", store).Encode(texts);

        var second = new CountingEncoder();
        var cached = new CachingTextEncoder(second, "encoder-a", store);
        var again = cached.Encode(texts);
        var edited = cached.Encode(["red tent", "blue boots", "red boots, waterproof"]);

        Assert.Equal(3, first.Encoded);
        Assert.Equal(1, second.Encoded);
        Assert.Equal(new CountingEncoder().Encode(texts), again);
        Assert.Equal(new CountingEncoder().Encode(["red tent", "blue boots", "red boots, waterproof"]), edited);
        Assert.Equal(4, await database.Services.GetRequiredService<EmbeddingStore>().CountAsync("encoder-a"));
    }

    [Fact]
    public async Task Pruning_drops_the_vectors_of_encoders_not_used_since_the_cut_off()
    {
        using var database = new TempDatabase();
        await database.PrepareAsync();
        var store = database.Services.GetRequiredService<EmbeddingStore>();
        store.Save("old-encoder", 2, Hashes, [0.6f, 0.8f, 1f, 0f]);
        var cutOff = DateTime.UtcNow.AddSeconds(1);
        await using (var db = database.CreateContext())
            await db.EmbeddingEncoders.ExecuteUpdateAsync(s => s.SetProperty(e => e.LastUsedAt, DateTime.UtcNow.AddDays(-40)));
        store.Save("new-encoder", 2, Hashes, [0.6f, 0.8f, 1f, 0f]);

        Assert.Equal(1, await store.PruneAsync(cutOff.AddDays(-30)));
        Assert.Equal(0, await store.CountAsync("old-encoder"));
        Assert.Equal(2, await store.CountAsync("new-encoder"));
    }

    /// <summary>A deterministic two-number "encoder" of a text's length and vowel share that counts what it encodes.</summary>
    private sealed class CountingEncoder : ITextEncoder
    {
        public int Encoded { get; private set; }
        public int Dimension => 2;
        public string ExecutionProvider => "CPU";
        public string ModelName => "counting";

        public float[] Encode(string text) => Encode([text]);

        public float[] Encode(IReadOnlyList<string> texts)
        {
            Encoded += texts.Count;
            var result = new float[texts.Count * 2];
            for (int i = 0; i < texts.Count; i++)
            {
                float vowels = texts[i].Count(c => "aeiou".Contains(c, StringComparison.Ordinal));
                result[2 * i] = texts[i].Length;
                result[2 * i + 1] = vowels;
            }
            return result;
        }

        public void Dispose()
        {
        }
    }
}
