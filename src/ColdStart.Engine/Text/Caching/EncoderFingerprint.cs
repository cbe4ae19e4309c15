using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ColdStart.Engine.Text.Caching;

/// <summary>
/// Identifies a loaded text encoder exactly, so that a cached embedding is only ever reused for the very encoder that
/// produced it: SHA-256 over the model file's bytes, the vocabulary file's bytes and the settings that change the
/// output (token limit, case folding, token pooling, output dimension). Retraining the project encoder, replacing a drop-in model or
/// its vocabulary, or changing the token limit gives another fingerprint, so nothing stale is reused.
/// </summary>
/// <remarks>The execution provider is not part of it: CPU and CUDA give the same vectors up to rounding.</remarks>
public static class EncoderFingerprint
{
    /// <summary>Hashes the files and settings of <paramref name="options"/> for an encoder of <paramref name="dimension"/>.</summary>
    /// <returns>64 lower-case hex digits.</returns>
    /// <exception cref="FileNotFoundException">The model or vocabulary file is missing.</exception>
    public static string Compute(EncoderOptions options, int dimension)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AppendFile(hash, "model", options.ModelPath);
        AppendFile(hash, "vocab", options.VocabPath);
        var settings = string.Create(CultureInfo.InvariantCulture,
            $"maxTokens={options.MaxTokens};lowerCase={options.LowerCase};dimension={dimension};pooling={options.Pooling}");
        hash.AppendData(Encoding.UTF8.GetBytes(settings));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void AppendFile(IncrementalHash hash, string label, string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"Cannot fingerprint the encoder: its {label} file '{path}' does not exist.", path);
        using var file = File.OpenRead(path);
        hash.AppendData(Encoding.UTF8.GetBytes($"{label}:{file.Length}:"));
        var buffer = new byte[1 << 20];
        int read;
        while ((read = file.Read(buffer)) > 0) hash.AppendData(buffer, 0, read);
    }
}
