using ColdStart.Engine.Training;
using ColdStart.Workbench.Modeling;

namespace ColdStart.Workbench.Tests.Compare;

/// <summary>A live model the test drives: set the snapshot and status, then <see cref="Raise"/>.</summary>
public sealed class FakeLiveModel(string workspace) : ILiveModel
{
    public ModelSnapshot? Current { get; set; }
    public ModelStatus Status { get; set; } = new(ModelState.Ready, "ready");
    public string Workspace { get; } = workspace;
    public string? ExecutionProvider => Current?.Encoder.ExecutionProvider;

    public event Action? Changed;

    public void Raise() => Changed?.Invoke();
}
