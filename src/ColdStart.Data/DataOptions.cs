namespace ColdStart.Data;

/// <summary>Settings of the store, bound from the "Data" section of appsettings.json.</summary>
public sealed class DataOptions
{
    public const string SectionName = "Data";

    /// <summary>SQLite file; a relative path is resolved against the content root (the repository root).</summary>
    /// <remarks>Default "data/workbench.db" (the data/ folder is git-ignored).</remarks>
    public string DatabasePath { get; set; } = "data/workbench.db";

    /// <summary>How long a command waits for another process's lock before failing, in seconds.</summary>
    /// <remarks>Default 5.</remarks>
    public int BusyTimeoutSeconds { get; set; } = 5;

    /// <summary>Workspace the UI opens and the first run fills with the sample world.</summary>
    /// <remarks>Default "sample".</remarks>
    public string DefaultWorkspace { get; set; } = WorkspaceKinds.DefaultWorkspace;
}
