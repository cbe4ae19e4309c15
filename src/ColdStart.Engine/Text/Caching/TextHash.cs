using System.Security.Cryptography;
using System.Text;

namespace ColdStart.Engine.Text.Caching;

/// <summary>SHA-256 of a text's UTF-8 bytes, exactly as given (no trimming or case folding): the key of a cached embedding.</summary>
public readonly record struct TextHash
{
    private readonly byte[] _bytes;

    private TextHash(byte[] bytes) => _bytes = bytes;

    /// <summary>The 32 hash bytes.</summary>
    public ReadOnlySpan<byte> Bytes => _bytes;

    public static TextHash Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new TextHash(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>A hash read back from storage.</summary>
    /// <exception cref="ArgumentException">Not 32 bytes.</exception>
    public static TextHash FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != SHA256.HashSizeInBytes)
            throw new ArgumentException($"A text hash has {SHA256.HashSizeInBytes} bytes, got {bytes.Length}.", nameof(bytes));
        return new TextHash(bytes.ToArray());
    }

    public bool Equals(TextHash other) => Bytes.SequenceEqual(other.Bytes);

    public override int GetHashCode() => BitConverter.ToInt32(_bytes, 0);

    public override string ToString() => Convert.ToHexStringLower(_bytes);
}
