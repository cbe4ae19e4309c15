using System.Text;

namespace ColdStart.Workbench.Tests.Import;

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

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
