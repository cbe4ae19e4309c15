using ColdStart.Engine.Scoring;
using ColdStart.Engine.World;

namespace ColdStart.Data.Storage;

public sealed partial class WorldStore
{
    /// <summary>
    /// Stores a generated sample world as workspace <paramref name="workspace"/> (kind "sample"): its dataset, the
    /// users' hidden archetypes (evaluation only), the ready-made personas of <see cref="SamplePersonas"/>, and the
    /// preset strategies that are not stored yet. One transaction; returns the workspace id.
    /// </summary>
    public Task<int> SaveWorldAsync(string workspace, SampleWorldResult world,
        IProgress<StoreProgress>? progress = null, CancellationToken cancellationToken = default) =>
        SaveWorldAsync(
            new WorkspaceContent(workspace, WorkspaceKinds.Sample, world.Dataset, world.UserArchetypes,
                SamplePersonas.For(world.Dataset), Strategy.Presets),
            progress, cancellationToken);
}
