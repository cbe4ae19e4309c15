namespace ColdStart.Engine.Text;

/// <summary>
/// Replaces files so that readers see either the old or the new content, never a torn file:
/// every file is first written in full to a temporary sibling, flushed, then moved over its target.
/// A process that already loaded the old files keeps working.
/// </summary>
internal static class AtomicFile
{
    /// <summary>Writes all files' temporaries first, then moves them into place in the given order.</summary>
    public static void WriteAll(IReadOnlyList<(string Path, byte[] Bytes)> files)
    {
        var temporaries = new List<(string Temporary, string Target)>(files.Count);
        try
        {
            foreach (var (path, bytes) in files)
            {
                var full = Path.GetFullPath(path);
                var directory = Path.GetDirectoryName(full) ?? throw new ArgumentException($"'{path}' has no directory.", nameof(files));
                Directory.CreateDirectory(directory);
                var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
                temporaries.Add((temporary, full));
                using var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            foreach (var (temporary, target) in temporaries)
            {
                File.Move(temporary, target, overwrite: true);
            }
        }
        finally
        {
            foreach (var (temporary, _) in temporaries)
            {
                if (File.Exists(temporary))
                {
                    File.Delete(temporary);
                }
            }
        }
    }
}
