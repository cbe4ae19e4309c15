namespace ColdStart.Workbench.Datasets;

/// <summary>Limits of dataset uploads in the UI, bound from the "Datasets" section of appsettings.json.</summary>
public sealed class UploadOptions
{
    public const string SectionName = "Datasets";

    /// <summary>Largest file accepted per upload, in megabytes.</summary>
    /// <remarks>Default 200 (MovieLens 25M's ratings.csv is about 650 MB; ml-latest-small's about 2.5 MB).</remarks>
    public int MaxFileMegabytes { get; set; } = 200;

    /// <summary>Folder that holds uploads while they are imported; empty means the system temporary folder.</summary>
    /// <remarks>Default "" (system temporary folder). Each upload gets its own subfolder, deleted afterwards.</remarks>
    public string TempFolder { get; set; } = "";

    /// <summary><see cref="MaxFileMegabytes"/> in bytes.</summary>
    public long MaxFileBytes => MaxFileMegabytes * 1024L * 1024L;
}
