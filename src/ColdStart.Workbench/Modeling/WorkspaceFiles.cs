using ColdStart.Pretrained;

namespace ColdStart.Workbench.Modeling;

/// <summary>
/// Everything a workspace keeps on disk outside the database, so that deleting the workspace leaves nothing behind: its
/// own project-trained encoder (<see cref="WorkspaceEncoders.Folder(string, string)"/>, beside the database) and the adapter trained on
/// its data for each pretrained encoder (<see cref="EncoderChoice.AdapterPath"/>, in
/// <c>models/pretrained/&lt;key&gt;/adapters/</c>), with any temporary file an interrupted atomic write of one left.
/// </summary>
/// <remarks>
/// The embedding cache is not here: it lives in the database, keyed by encoder fingerprint and text hash (not by
/// workspace), and other workspaces with the same encoder share its rows.
/// </remarks>
public static class WorkspaceFiles
{
    /// <summary>The folders and files stored for <paramref name="workspace"/> that exist now.</summary>
    /// <param name="contentRoot">The app's content root (holds <c>models/pretrained/</c>).</param>
    /// <param name="databaseDirectory">The folder of the database file (holds <c>encoders/</c>).</param>
    /// <param name="workspace">The workspace's name.</param>
    public static IReadOnlyList<string> Of(string contentRoot, string databaseDirectory, string workspace)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contentRoot);
        ArgumentException.ThrowIfNullOrWhiteSpace(databaseDirectory);
        var found = new List<string>();
        string encoders = WorkspaceEncoders.Folder(databaseDirectory, workspace);
        if (Directory.Exists(encoders)) found.Add(encoders);
        var pretrained = EncoderChoice.PretrainedRoot(contentRoot);
        foreach (var model in PretrainedModels.All)
        {
            string adapter = EncoderChoice.AdapterPath(PretrainedFiles.PathOf(pretrained, model, model.Model), workspace);
            string folder = Path.GetDirectoryName(adapter)!;
            if (!Directory.Exists(folder)) continue;
            if (File.Exists(adapter)) found.Add(adapter);
            // AtomicFile writes ".<name>.<guid>.tmp" beside the target first.
            found.AddRange(Directory.EnumerateFiles(folder, $".{Path.GetFileName(adapter)}.*.tmp"));
        }
        return found;
    }

    /// <summary>
    /// Deletes <see cref="Of"/>; returns what could not be removed, each with the reason (empty when all went).
    /// </summary>
    public static IReadOnlyList<(string Path, string Reason)> Delete(string contentRoot, string databaseDirectory, string workspace)
    {
        var failed = new List<(string, string)>();
        foreach (var path in Of(contentRoot, databaseDirectory, workspace))
        {
            try
            {
                if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
                else File.Delete(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                failed.Add((path, ex.Message));
            }
        }
        return failed;
    }
}
