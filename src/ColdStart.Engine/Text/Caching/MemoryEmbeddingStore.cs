namespace ColdStart.Engine.Text.Caching;

/// <summary>
/// An in-memory <see cref="IEmbeddingStore"/>: the cache of one process (e.g. a command-line benchmark without a database,
/// where several rows and folds encode the same texts with one pretrained encoder), and the store of engine tests.
/// </summary>
public sealed class MemoryEmbeddingStore : IEmbeddingStore
{
    private readonly Dictionary<(string, TextHash), float[]> _vectors = [];
    private readonly Lock _gate = new();

    /// <summary>Vectors held.</summary>
    public int Count
    {
        get { lock (_gate) return _vectors.Count; }
    }

    public int Lookup(string fingerprint, int dimension, IReadOnlyList<TextHash> hashes, Span<float> destination, Span<bool> found)
    {
        int hits = 0;
        lock (_gate)
        {
            for (int i = 0; i < hashes.Count; i++)
            {
                if (!_vectors.TryGetValue((fingerprint, hashes[i]), out var vector) || vector.Length != dimension) continue;
                vector.CopyTo(destination.Slice(i * dimension, dimension));
                found[i] = true;
                hits++;
            }
        }
        return hits;
    }

    public void Save(string fingerprint, int dimension, IReadOnlyList<TextHash> hashes, ReadOnlySpan<float> vectors)
    {
        lock (_gate)
            for (int i = 0; i < hashes.Count; i++) _vectors[(fingerprint, hashes[i])] = vectors.Slice(i * dimension, dimension).ToArray();
    }
}
