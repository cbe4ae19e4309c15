namespace ColdStart.Engine.Text.Caching;

/// <summary>What a <see cref="CachingTextEncoder"/> did: distinct texts found in the store, distinct texts encoded, and the time spent encoding them.</summary>
/// <param name="Hits">Distinct texts whose vector came from the store.</param>
/// <param name="Encoded">Distinct texts the encoder ran on (cache misses).</param>
/// <param name="EncodeTime">Time spent in the wrapped encoder.</param>
/// <param name="StoreTime">Time spent reading and writing the store.</param>
public sealed record EmbeddingCacheStatistics(long Hits, long Encoded, TimeSpan EncodeTime, TimeSpan StoreTime)
{
    public static EmbeddingCacheStatistics None { get; } = new(0, 0, TimeSpan.Zero, TimeSpan.Zero);

    /// <summary>Encoder throughput on the misses, or null when nothing was encoded.</summary>
    public double? TextsPerSecond => Encoded > 0 && EncodeTime > TimeSpan.Zero ? Encoded / EncodeTime.TotalSeconds : null;

    /// <summary>What happened between <paramref name="earlier"/> and this reading.</summary>
    public EmbeddingCacheStatistics Since(EmbeddingCacheStatistics earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        return new(Hits - earlier.Hits, Encoded - earlier.Encoded, EncodeTime - earlier.EncodeTime, StoreTime - earlier.StoreTime);
    }
}
