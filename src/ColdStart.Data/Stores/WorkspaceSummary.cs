namespace ColdStart.Data.Stores;

/// <summary>One workspace as the datasets page lists it: where it came from and how big it is.</summary>
/// <param name="Name">Unique workspace name.</param>
/// <param name="Kind">"sample" for the generated world, otherwise the import format ("csv", "ml-100k", "ml-latest").</param>
/// <param name="CreatedAt">UTC time the workspace was stored.</param>
/// <param name="Items">Number of items.</param>
/// <param name="NewItems">Items that had no events when stored (new-item cold start).</param>
/// <param name="Users">Number of historical users.</param>
/// <param name="Events">Number of events of all types.</param>
/// <param name="Encoder">The text encoder chosen for this workspace, or null for the configured default.</param>
public sealed record WorkspaceSummary(string Name, string Kind, DateTime CreatedAt, int Items, int NewItems, int Users, int Events, string? Encoder = null)
{
    /// <summary>True for the generated sample world, which is never deleted.</summary>
    public bool IsSample => Kind == WorkspaceKinds.Sample;
}
