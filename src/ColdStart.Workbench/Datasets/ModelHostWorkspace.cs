using ColdStart.Workbench.Modeling;

namespace ColdStart.Workbench.Datasets;

/// <summary>The <see cref="ILiveWorkspace"/> of the running app: the singleton <see cref="ModelHost"/>.</summary>
public sealed class ModelHostWorkspace(ModelHost host) : ILiveWorkspace
{
    public string Workspace => host.Workspace;

    public ModelStatus Status => host.Status;

    public event Action? Changed
    {
        add => host.Changed += value;
        remove => host.Changed -= value;
    }

    public Task SwitchWorkspaceAsync(string workspace, CancellationToken cancellationToken = default) =>
        host.SwitchWorkspaceAsync(workspace, cancellationToken);
}
