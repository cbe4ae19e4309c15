using ColdStart.Workbench.Datasets;
using ColdStart.Workbench.Modeling;

namespace ColdStart.Workbench.Tests.Datasets;

/// <summary>A live model that records switches; while <see cref="Hold"/> is set, a switch waits for it before swapping.</summary>
internal sealed class FakeLiveWorkspace(string workspace) : ILiveWorkspace
{
    public List<string> Switches { get; } = [];

    public TaskCompletionSource? Hold { get; set; }

    public string Workspace { get; private set; } = workspace;

    public ModelStatus Status { get; private set; } = new(ModelState.Ready, "Model ready.");

    public event Action? Changed;

    public async Task SwitchWorkspaceAsync(string workspace, CancellationToken cancellationToken = default)
    {
        Switches.Add(workspace);
        Status = new(ModelState.Working, $"Loading workspace '{workspace}'…", 5);
        Changed?.Invoke();
        if (Hold is { } hold) await hold.Task.WaitAsync(cancellationToken);
        Workspace = workspace;
        Status = new(ModelState.Ready, "Model ready.");
        Changed?.Invoke();
    }
}
