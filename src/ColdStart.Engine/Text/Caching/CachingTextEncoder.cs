using System.Diagnostics;

namespace ColdStart.Engine.Text.Caching;

/// <summary>
/// An <see cref="ITextEncoder"/> that remembers what it encoded: a batch is first looked up in an
/// <see cref="IEmbeddingStore"/> by (<see cref="Fingerprint"/>, <see cref="TextHash"/>), only the distinct texts not found
/// are encoded by the wrapped encoder — in chunks, each stored as soon as it is done, so an interrupted first encode
/// keeps what it finished — and the result is exactly what the wrapped encoder returns for those texts. A restart or a
/// workspace switch thus re-encodes nothing it already encoded, and an edited text (a new hash) is the only miss.
/// </summary>
/// <remarks>
/// Single texts (<see cref="Encode(string)"/>: personas on every re-rank, one edited item) go straight to the wrapped
/// encoder, uncached: a store round trip costs more than encoding one text with the project encoder.
/// Thread-safe when the wrapped encoder and the store are.
/// </remarks>
public sealed class CachingTextEncoder : ITextEncoder
{
    /// <summary>Misses are encoded and stored in chunks of this many texts.</summary>
    public const int ChunkSize = 512;

    private readonly ITextEncoder _inner;
    private readonly IEmbeddingStore _store;
    private long _hits, _encoded, _encodeTicks, _storeTicks;

    /// <param name="inner">The encoder to cache; disposed with this one.</param>
    /// <param name="fingerprint">Identifies <paramref name="inner"/> exactly (see <see cref="EncoderFingerprint"/>).</param>
    /// <param name="store">Where vectors are kept.</param>
    public CachingTextEncoder(ITextEncoder inner, string fingerprint, IEmbeddingStore store)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentException.ThrowIfNullOrWhiteSpace(fingerprint);
        ArgumentNullException.ThrowIfNull(store);
        (_inner, Fingerprint, _store) = (inner, fingerprint, store);
    }

    /// <summary>Identifies the wrapped encoder: the first key of every cached vector.</summary>
    public string Fingerprint { get; }

    /// <summary>The wrapped encoder.</summary>
    public ITextEncoder Inner => _inner;

    /// <inheritdoc/>
    public int Dimension => _inner.Dimension;

    /// <inheritdoc/>
    public string ExecutionProvider => _inner.ExecutionProvider;

    /// <inheritdoc/>
    public string ModelName => _inner.ModelName;

    /// <summary>Totals since this encoder was created; take two readings and <see cref="EmbeddingCacheStatistics.Since"/> for one build.</summary>
    public EmbeddingCacheStatistics Statistics =>
        new(Interlocked.Read(ref _hits), Interlocked.Read(ref _encoded), TimeSpan.FromTicks(Interlocked.Read(ref _encodeTicks)),
            TimeSpan.FromTicks(Interlocked.Read(ref _storeTicks)));

    /// <inheritdoc/>
    public float[] Encode(string text) => _inner.Encode(text);

    /// <inheritdoc/>
    /// <remarks>Uncached, like <see cref="Encode(string)"/>; the wrapped encoder adds its query prefix.</remarks>
    public float[] EncodeQuery(string text) => _inner.EncodeQuery(text);

    /// <inheritdoc/>
    public float[] Encode(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        int dim = Dimension;
        var (distinct, rowOf) = Distinct(texts);
        var hashes = distinct.Select(d => d.Hash).ToList();
        var vectors = new float[distinct.Count * dim];
        var found = new bool[distinct.Count];
        var clock = Stopwatch.StartNew();
        int hits = distinct.Count == 0 ? 0 : _store.Lookup(Fingerprint, dim, hashes, vectors, found);
        Interlocked.Add(ref _storeTicks, clock.Elapsed.Ticks);
        Interlocked.Add(ref _hits, hits);
        EncodeMisses(distinct, found, vectors, dim);
        var result = new float[texts.Count * dim];
        for (int i = 0; i < texts.Count; i++)
            vectors.AsSpan(rowOf[i] * dim, dim).CopyTo(result.AsSpan(i * dim, dim));
        return result;
    }

    public void Dispose() => _inner.Dispose();

    private void EncodeMisses(List<(string Text, TextHash Hash)> distinct, bool[] found, float[] vectors, int dim)
    {
        var misses = new List<int>();
        for (int d = 0; d < found.Length; d++)
            if (!found[d]) misses.Add(d);
        for (int start = 0; start < misses.Count; start += ChunkSize)
        {
            var chunk = misses.GetRange(start, Math.Min(ChunkSize, misses.Count - start));
            var clock = Stopwatch.StartNew();
            var encoded = _inner.Encode(chunk.Select(d => distinct[d].Text).ToList());
            Interlocked.Add(ref _encodeTicks, clock.Elapsed.Ticks);
            Interlocked.Add(ref _encoded, chunk.Count);
            for (int r = 0; r < chunk.Count; r++)
                encoded.AsSpan(r * dim, dim).CopyTo(vectors.AsSpan(chunk[r] * dim, dim));
            clock.Restart();
            _store.Save(Fingerprint, dim, chunk.Select(d => distinct[d].Hash).ToList(), encoded);
            Interlocked.Add(ref _storeTicks, clock.Elapsed.Ticks);
        }
    }

    private static (List<(string Text, TextHash Hash)> Distinct, int[] RowOf) Distinct(IReadOnlyList<string> texts)
    {
        var distinct = new List<(string, TextHash)>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var rowOf = new int[texts.Count];
        for (int i = 0; i < texts.Count; i++)
        {
            var text = texts[i] ?? throw new ArgumentException($"Text {i} is null.", nameof(texts));
            if (!index.TryGetValue(text, out int row))
            {
                index[text] = row = distinct.Count;
                distinct.Add((text, TextHash.Of(text)));
            }
            rowOf[i] = row;
        }
        return (distinct, rowOf);
    }
}
