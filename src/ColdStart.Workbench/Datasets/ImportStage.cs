namespace ColdStart.Workbench.Datasets;

/// <summary>Where an upload import stands.</summary>
public enum ImportStage
{
    /// <summary>Copying the uploaded files to a temporary folder.</summary>
    Uploading,

    /// <summary>Reading and checking the files with the importer.</summary>
    Reading,

    /// <summary>Writing the workspace in one transaction.</summary>
    Storing,

    /// <summary>The workspace is stored.</summary>
    Succeeded,

    /// <summary>Rejected or failed; nothing was imported.</summary>
    Failed,
}
