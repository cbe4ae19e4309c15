using ColdStart.Engine.Training;

namespace ColdStart.Workbench.Modeling;

/// <summary>The live model as pages read it (implemented by <see cref="ModelHost"/>; tests supply their own).</summary>
public interface ILiveModel
{
    /// <summary>The live snapshot, or null while none is built yet.</summary>
    ModelSnapshot? Current { get; }

    ModelStatus Status { get; }

    /// <summary>The active workspace.</summary>
    string Workspace { get; }

    /// <summary>"CPU" or "CUDA" once an encoder is loaded, else null.</summary>
    string? ExecutionProvider { get; }

    /// <summary>Raised after the snapshot or the status changes, possibly on a background thread.</summary>
    event Action? Changed;
}
