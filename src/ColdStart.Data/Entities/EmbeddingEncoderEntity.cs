namespace ColdStart.Data.Entities;

/// <summary>
/// A text encoder whose embeddings are cached, by its fingerprint (SHA-256 of model, vocabulary and output settings;
/// see <c>ColdStart.Engine.Text.Caching.EncoderFingerprint</c>). Deleting it deletes its embeddings.
/// </summary>
public sealed class EmbeddingEncoderEntity
{
    public int Id { get; set; }

    /// <summary>64 lower-case hex digits; unique.</summary>
    public required string Fingerprint { get; set; }

    /// <summary>Floats per vector.</summary>
    public int Dimension { get; set; }

    /// <summary>UTC time the first vector was stored.</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>UTC time vectors were last read or written.</summary>
    public DateTime LastUsedAt { get; set; }
}
