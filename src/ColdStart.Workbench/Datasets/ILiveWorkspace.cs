using ColdStart.Workbench.Modeling;

namespace ColdStart.Workbench.Datasets;

/// <summary>
/// What workspace switching needs from the live model: the workspace its snapshot serves, its status, and a rebuild on
/// another workspace. Implemented over <see cref="ModelHost"/> by <see cref="ModelHostWorkspace"/>; tests supply their own.
/// </summary>
public interface ILiveWorkspace
{
    /// <summary>The workspace of the live snapshot; it changes only when a new snapshot is swapped in.</summary>
    string Workspace { get; }

    /// <summary>Progress and outcome of the model's background work.</summary>
    ModelStatus Status { get; }

    /// <summary>Raised after the snapshot or the status changes, possibly on a background thread.</summary>
    event Action? Changed;

    /// <summary>Builds a snapshot of <paramref name="workspace"/> in the background and swaps it in; completes when done or failed.</summary>
    Task SwitchWorkspaceAsync(string workspace, CancellationToken cancellationToken = default);
}
