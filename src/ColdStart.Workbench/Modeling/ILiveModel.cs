using ColdStart.Engine.Domain;
using ColdStart.Engine.Training;

namespace ColdStart.Workbench.Modeling;

/// <summary>
/// The live model of one workspace: the current snapshot, its status, which workspace it is, replacing one item after a
/// tag edit (or committing a previewed one), and rebuilding. <see cref="ILiveModels"/> keeps one per loaded workspace
/// (<see cref="WorkspaceModel"/>); pages and API requests get the current user's through
/// <see cref="Datasets.ActiveWorkspace"/> (scoped: per circuit, per request), which also switches it. Tests supply
/// their own. Components follow it through <see cref="Components.Shared.LiveModelComponent"/>.
/// </summary>
public interface ILiveModel
{
    /// <summary>The live snapshot, or null while none is built yet.</summary>
    ModelSnapshot? Current { get; }

    ModelStatus Status { get; }

    /// <summary>The workspace this model is of.</summary>
    string Workspace { get; }

    /// <summary>"CPU" or "CUDA" once an encoder is loaded, else null.</summary>
    string? ExecutionProvider { get; }

    /// <summary>Raised after the snapshot or the status changes, possibly on a background thread.</summary>
    event Action? Changed;

    /// <summary>
    /// Replaces the item with the same id in the live snapshot, re-encoding it before returning, and raises
    /// <see cref="Changed"/>. Returns false (and changes nothing) while no snapshot is loaded.
    /// </summary>
    bool TryUpdateItem(Item item);

    /// <summary>
    /// Rebuilds the snapshot of <see cref="Workspace"/> from the store in the background and swaps it in (the old one
    /// serves until then); completes when done or failed (<see cref="Status"/> says which).
    /// </summary>
    Task RebuildAsync(CancellationToken ct = default);

    /// <summary>
    /// Swaps in <paramref name="candidate"/> (e.g. a previewed tag edit's model) when the live snapshot is still
    /// <paramref name="basis"/>, the snapshot it was derived from, and raises <see cref="Changed"/>. Returns false (and
    /// changes nothing) when the live snapshot has moved on since.
    /// </summary>
    bool TryCommit(ModelSnapshot basis, ModelSnapshot candidate);
}
