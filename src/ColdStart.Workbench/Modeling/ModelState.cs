namespace ColdStart.Workbench.Modeling;

/// <summary>Phase of the live model.</summary>
public enum ModelState
{
    /// <summary>Waiting for the sample data to be ready.</summary>
    Waiting,

    /// <summary>Loading data, training or encoding; the previous snapshot (if any) is still served.</summary>
    Working,

    /// <summary>A snapshot is live.</summary>
    Ready,

    /// <summary>The last attempt failed; <see cref="ModelStatus.Message"/> says why.</summary>
    Failed,

    /// <summary>The workspace was deleted and its model unloaded; <see cref="ModelStatus.Message"/> says so.</summary>
    Removed,
}
