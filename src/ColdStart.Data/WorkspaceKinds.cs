namespace ColdStart.Data;

/// <summary>Values of <see cref="Entities.WorkspaceEntity.Kind"/>, and the default workspace name.</summary>
public static class WorkspaceKinds
{
    public const string Sample = "sample";
    public const string Csv = "csv";
    public const string MovieLens = "movielens";

    /// <summary>Name of the workspace the first run fills with the generated sample world.</summary>
    public const string DefaultWorkspace = "sample";
}
