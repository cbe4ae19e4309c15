using System.Security.Cryptography;
using System.Text;

namespace ColdStart.Workbench.Modeling;

/// <summary>
/// Where an imported workspace keeps its own project-trained text encoder: beside the database, in
/// <c>encoders/&lt;name&gt;-&lt;hash&gt;/</c>. The vocabulary and the item ↔ user alignment of the project encoder are learnt
/// from one catalog, so a MovieLens workspace gets an encoder trained on MovieLens titles, genres and tags rather than
/// the shop's. The hash keeps names that differ only in spaces or punctuation apart.
/// </summary>
public static class WorkspaceEncoders
{
    public static string Folder(string databaseDirectory, string workspace) => Path.Combine(databaseDirectory, "encoders", SafeName(workspace));

    /// <summary>The folder of <paramref name="workspace"/>'s encoder beside the database that <paramref name="saved"/> sits next to.</summary>
    public static string Folder(ColdStart.Data.Stores.ActiveWorkspaceFile saved, string workspace)
    {
        ArgumentNullException.ThrowIfNull(saved);
        return Folder(Path.GetDirectoryName(saved.Path)!, workspace);
    }

    /// <summary>A file name for <paramref name="workspace"/>: its letters, digits, '-' and '_' (others become '_'), '-', and 8 hex digits of its SHA-256.</summary>
    public static string SafeName(string workspace)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workspace);
        var safe = new StringBuilder(workspace.Length);
        foreach (char c in workspace) safe.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_');
        string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(workspace)))[..8];
        return $"{safe}-{hash}";
    }
}
