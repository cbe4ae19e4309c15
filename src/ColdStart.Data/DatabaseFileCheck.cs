using System.Text;

namespace ColdStart.Data;

/// <summary>File-system checks made before SQLite touches the database path.</summary>
internal static class DatabaseFileCheck
{
    private static readonly byte[] SqliteHeader = Encoding.ASCII.GetBytes("SQLite format 3\0");

    /// <summary>Creates the database's folder when missing; fails clearly when that is impossible or the path is a folder.</summary>
    public static void EnsureFolder(string path)
    {
        if (Directory.Exists(path))
        {
            throw new DatabaseUnavailableException(path,
                $"The database path '{path}' is a folder, not a file. Set Data:DatabasePath in appsettings.json to a file path.");
        }
        var folder = Path.GetDirectoryName(path);
        if (string.IsNullOrEmpty(folder) || Directory.Exists(folder)) return;
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DatabaseUnavailableException(path,
                $"Cannot create the folder '{folder}' for the database '{path}': {ex.Message} " +
                "Set Data:DatabasePath in appsettings.json to a writable location.", ex);
        }
    }

    /// <summary>Fails unless the existing file is empty or starts with the SQLite header, and can be opened for writing.</summary>
    public static void EnsureSqliteFile(string path)
    {
        var header = new byte[SqliteHeader.Length];
        int read;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
            read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DatabaseUnavailableException(path,
                $"The database '{path}' cannot be opened for reading and writing: {ex.Message} " +
                "Fix its permissions or set Data:DatabasePath in appsettings.json to another file.", ex);
        }
        if (read == 0) return;
        if (read < header.Length || !header.AsSpan().SequenceEqual(SqliteHeader))
        {
            throw new DatabaseUnavailableException(path,
                $"The database '{path}' is not a SQLite database (corrupt, or another kind of file). " +
                "It was left untouched; move it away or set Data:DatabasePath in appsettings.json to another file.");
        }
    }
}
