using ColdStart.Engine.Domain;
using ColdStart.Engine.Training;
using ColdStart.Workbench.Modeling;

namespace ColdStart.Workbench.Tests.Datasets;

/// <summary>
/// A live model without a snapshot that records workspace switches; while <see cref="Hold"/> is set, a switch waits for
/// it before swapping.
/// </summary>
internal sealed class FakeLiveWorkspace(string workspace) : ILiveModel
{
    public ModelSnapshot? Current => null;

    public string? ExecutionProvider => null;

    public bool TryUpdateItem(Item item) => false;

    public bool TryCommit(ModelSnapshot basis, ModelSnapshot candidate) => false;

    public List<string> Switches { get; } = [];

    public TaskCompletionSource? Hold { get; set; }

    /// <summary>When set, a switch fails with this message and the workspace stays as it was.</summary>
    public string? Failure { get; set; }

    public string Workspace { get; private set; } = workspace;

    public ModelStatus Status { get; private set; } = new(ModelState.Ready, "Model ready.");

    public event Action? Changed;

    public async Task SwitchWorkspaceAsync(string workspace, CancellationToken cancellationToken = default)
    {
        Switches.Add(workspace);
        Status = new(ModelState.Working, $"Loading workspace '{workspace}'…", 5);
        Changed?.Invoke();
        if (Hold is { } hold) await hold.Task.WaitAsync(cancellationToken);
        if (Failure is { } failure)
        {
            Status = new(ModelState.Failed, failure);
        }
        else
        {
            Workspace = workspace;
            Status = new(ModelState.Ready, "Model ready.");
        }
        Changed?.Invoke();
    }
}
