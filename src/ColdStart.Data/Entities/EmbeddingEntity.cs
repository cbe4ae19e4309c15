namespace ColdStart.Data.Entities;

/// <summary>One cached text embedding. Key (EncoderId, TextHash); the vector is float32 little-endian, <c>4 × Dimension</c> bytes.</summary>
public sealed class EmbeddingEntity
{
    public int EncoderId { get; set; }
    public EmbeddingEncoderEntity? Encoder { get; set; }

    /// <summary>SHA-256 of the text's UTF-8 bytes (32 bytes).</summary>
    public required byte[] TextHash { get; set; }

    public required byte[] Vector { get; set; }
}
