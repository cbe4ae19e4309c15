namespace ColdStart.Workbench.Datasets;

/// <summary>
/// A fresh temporary folder holding one import's uploads, streamed to disk in small buffers (never a whole file in
/// memory). Disposing deletes the folder and everything in it.
/// </summary>
internal sealed class UploadFolder : IDisposable
{
    private const int BufferSize = 81_920;

    private UploadFolder(string path) => Path = path;

    /// <summary>Absolute path of the folder.</summary>
    public string Path { get; }

    /// <summary>Creates a new folder under <paramref name="parent"/>, or under the system temporary folder when it is empty.</summary>
    public static UploadFolder Create(string parent)
    {
        var root = string.IsNullOrWhiteSpace(parent) ? System.IO.Path.GetTempPath() : System.IO.Path.GetFullPath(parent);
        var path = System.IO.Path.Combine(root, "coldstart-upload-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return new UploadFolder(path);
    }

    /// <summary>
    /// Streams <paramref name="file"/> into this folder under its slot name; reports the bytes copied so far.
    /// Returns the number of bytes written.
    /// </summary>
    /// <exception cref="ArgumentException">The slot name is not a plain file name.</exception>
    /// <exception cref="IOException">The file is larger than <paramref name="maxBytes"/>.</exception>
    public async Task<long> SaveAsync(UploadedFile file, long maxBytes, IProgress<long>? copied, CancellationToken cancellationToken)
    {
        if (System.IO.Path.GetFileName(file.Slot) != file.Slot || file.Slot.Length == 0)
            throw new ArgumentException($"'{file.Slot}' is not a plain file name.", nameof(file));
        var buffer = new byte[BufferSize];
        long total = 0;
        await using var source = file.OpenRead(maxBytes, cancellationToken);
        await using var target = new FileStream(System.IO.Path.Combine(Path, file.Slot), FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true);
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > maxBytes)
                throw new IOException($"{file.FileName} is larger than the upload limit of {maxBytes / (1024 * 1024)} MB.");
            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            copied?.Report(total);
        }
        return total;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Already gone.
        }
    }
}
