using ColdStart.Workbench.Modeling;

namespace ColdStart.Workbench.Tests.Compare;

/// <summary>
/// A registry of the given loaded models (<see cref="FakeLiveModel"/>s the test drives): each one's changes are raised as
/// <see cref="ModelChanged"/>; acquiring a workspace that is not among them fails.
/// </summary>
public sealed class FakeLiveModels : ILiveModels
{
    private readonly List<FakeLiveModel> _models;

    public FakeLiveModels(params FakeLiveModel[] models)
    {
        _models = [.. models];
        foreach (var model in _models) model.Changed += () => ModelChanged?.Invoke(model);
    }

    public string DefaultWorkspace => _models[0].Workspace;

    public IReadOnlyList<ILiveModel> Loaded => _models;

    public event Action<ILiveModel>? ModelChanged;

    public ILiveModel Acquire(string workspace) => Find(workspace) ?? throw new KeyNotFoundException($"No fake model for '{workspace}'.");

    public void Release(ILiveModel model)
    {
    }

    public ILiveModel? Find(string workspace) => _models.FirstOrDefault(m => m.Workspace == workspace);

    public void Unload(string workspace, string message) => _models.RemoveAll(m => m.Workspace == workspace);
}
