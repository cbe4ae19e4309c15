namespace ColdStart.Workbench.Modeling;

/// <summary>
/// The live models of the workspaces in use, one <see cref="ILiveModel"/> per workspace name, shared by everyone who
/// works on that workspace. A workspace's model is loaded on first demand (<see cref="Acquire"/>) and stays while someone
/// holds it; beyond <see cref="Options.ModelOptions.MaxLoadedWorkspaces"/>, the least recently used one that nobody holds
/// is unloaded and its encoders disposed. Implemented by <see cref="ModelHost"/>; tests supply their own.
/// </summary>
public interface ILiveModels
{
    /// <summary>The server-wide default: the workspace of a user who has chosen none (the saved choice, else the default workspace).</summary>
    string DefaultWorkspace { get; }

    /// <summary>The models loaded now (held or not).</summary>
    IReadOnlyList<ILiveModel> Loaded { get; }

    /// <summary>Raised after any loaded model's snapshot or status changed, with that model (any thread).</summary>
    event Action<ILiveModel>? ModelChanged;

    /// <summary>
    /// The model of <paramref name="workspace"/>, held until <see cref="Release"/>: loaded (built in the background)
    /// when it is not loaded yet. Each call needs one <see cref="Release"/>.
    /// </summary>
    ILiveModel Acquire(string workspace);

    /// <summary>Gives back a model from <see cref="Acquire"/>; one nobody holds may be unloaded later.</summary>
    void Release(ILiveModel model);

    /// <summary>The loaded model of <paramref name="workspace"/> without holding it, or null when it is not loaded.</summary>
    ILiveModel? Find(string workspace);

    /// <summary>
    /// Unloads <paramref name="workspace"/> (it was deleted): its model goes to <see cref="ModelState.Removed"/> with
    /// <paramref name="message"/>, so whoever holds it moves to the default, and its encoders are disposed once unused.
    /// </summary>
    void Unload(string workspace, string message);
}
