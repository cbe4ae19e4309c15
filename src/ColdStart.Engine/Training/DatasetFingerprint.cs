using System.Security.Cryptography;
using System.Text;
using ColdStart.Engine.Domain;

namespace ColdStart.Engine.Training;

/// <summary>A short SHA-256 fingerprint of a dataset's items (ids, texts, tags) and events, to tie model files to data.</summary>
public static class DatasetFingerprint
{
    public static string Compute(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var item in data.Items)
            hash.AppendData(Encoding.UTF8.GetBytes($"{item.Id}\u001f{item.Text}\u001e"));
        Span<byte> row = stackalloc byte[17];
        foreach (var e in data.Events)
        {
            BitConverter.TryWriteBytes(row[..4], e.User);
            BitConverter.TryWriteBytes(row[4..8], e.Item);
            row[8] = (byte)e.Type;
            BitConverter.TryWriteBytes(row[9..], e.Timestamp);
            hash.AppendData(row);
        }
        hash.AppendData(Encoding.UTF8.GetBytes($"{data.Users.Count}"));
        return Convert.ToHexString(hash.GetHashAndReset())[..16].ToLowerInvariant();
    }
}
