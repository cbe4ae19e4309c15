namespace ColdStart.Engine.Text.Caching;

/// <summary>
/// Persistent text embeddings keyed by (encoder fingerprint, text hash): what <see cref="CachingTextEncoder"/> reads before
/// encoding and writes after. The engine only knows this contract; the workbench stores the vectors in SQLite.
/// </summary>
/// <remarks>Implementations are thread-safe. A vector is stored exactly as the encoder returned it (float32).</remarks>
public interface IEmbeddingStore
{
    /// <summary>
    /// Looks up <paramref name="hashes"/> (distinct) for the encoder <paramref name="fingerprint"/>: for every hit, copies its vector
    /// into row <c>i</c> of <paramref name="destination"/> (<c>hashes.Count × dimension</c> floats) and sets
    /// <c>found[i]</c>. A stored vector of another length counts as a miss.
    /// </summary>
    /// <returns>The number of hits.</returns>
    int Lookup(string fingerprint, int dimension, IReadOnlyList<TextHash> hashes, Span<float> destination, Span<bool> found);

    /// <summary>Stores <paramref name="vectors"/> (<c>hashes.Count × dimension</c>, row-major) for the encoder <paramref name="fingerprint"/>, replacing any stored ones.</summary>
    void Save(string fingerprint, int dimension, IReadOnlyList<TextHash> hashes, ReadOnlySpan<float> vectors);
}
