using System.Text;

namespace ColdStart.Data.Tests.Import;

/// <summary>A temporary folder the importer tests write their fixture files into; deleted on dispose.</summary>
internal sealed class ImportFolder : IDisposable
{
    public ImportFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "coldstart-import-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes <paramref name="lines"/> joined by "\n" (UTF-8, no BOM) and returns this folder.</summary>
    public ImportFolder Write(string file, params string[] lines) => Write(file, new UTF8Encoding(false), lines);

    public ImportFolder Write(string file, Encoding encoding, params string[] lines)
    {
        File.WriteAllText(System.IO.Path.Combine(Path, file), string.Join("\n", lines) + "\n", encoding);
        return this;
    }

    /// <summary>Writes <paramref name="parts"/> back to back, byte for byte (BOMs, Latin-1 bytes, CRLF), and returns this folder.</summary>
    public ImportFolder WriteBytes(string file, params byte[][] parts)
    {
        File.WriteAllBytes(System.IO.Path.Combine(Path, file), parts.SelectMany(p => p).ToArray());
        return this;
    }

    /// <summary>The UTF-8 byte order mark EF BB BF.</summary>
    public static byte[] Utf8Bom { get; } = [0xEF, 0xBB, 0xBF];

    /// <summary><paramref name="lines"/> as UTF-8 bytes, each ended by CR LF (Windows line ends).</summary>
    public static byte[] CrlfLines(params string[] lines) => new UTF8Encoding(false).GetBytes(string.Concat(lines.Select(l => l + "\r\n")));

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
