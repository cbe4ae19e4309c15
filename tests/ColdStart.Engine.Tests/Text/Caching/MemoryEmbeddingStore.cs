using ColdStart.Engine.Text.Caching;

namespace ColdStart.Engine.Tests.Text.Caching;

/// <summary>An in-memory <see cref="IEmbeddingStore"/> for engine tests (the SQLite one is tested in the workbench tests).</summary>
internal sealed class MemoryEmbeddingStore : IEmbeddingStore
{
    private readonly Dictionary<(string, TextHash), float[]> _vectors = [];
    private readonly Lock _gate = new();

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
