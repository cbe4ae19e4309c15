using ColdStart.Engine.Domain;
using ColdStart.Engine.Training;
using ColdStart.Workbench.Modeling;

namespace ColdStart.Workbench.Tests.Datasets;

/// <summary>
/// Live models without snapshots that record builds: <paramref name="workspace"/>'s is loaded and ready from the start;
/// acquiring any other workspace, or rebuilding one, is recorded in <see cref="Switches"/> and, while <see cref="Hold"/>
/// is set, waits for it before it is ready (or fails with <see cref="Failure"/>).
/// </summary>
internal sealed class FakeLiveWorkspace(string workspace) : ILiveModels
{
    private readonly Dictionary<string, Model> _models = new(StringComparer.Ordinal);
    private readonly string _initial = workspace;

    public List<string> Switches { get; } = [];

    public TaskCompletionSource? Hold { get; set; }

    /// <summary>When set, a build fails with this message.</summary>
    public string? Failure { get; set; }

    /// <summary>How many holders each workspace's model has.</summary>
    public IReadOnlyDictionary<string, int> Holders => _models.ToDictionary(m => m.Key, m => m.Value.Holders);

    public string DefaultWorkspace { get; set; } = workspace;

    public IReadOnlyList<ILiveModel> Loaded => [.. _models.Values];

    public event Action<ILiveModel>? ModelChanged;

    public ILiveModel Acquire(string name)
    {
        bool created = false;
        lock (_models)
        {
            if (!_models.TryGetValue(name, out var existing))
            {
                _models[name] = existing = new Model(this, name);
                created = true;
            }
            existing.Holders++;
        }
        var model = _models[name];
        if (created && name != _initial) _ = model.RebuildAsync();
        return model;
    }

    public void Release(ILiveModel model) => ((Model)model).Holders--;

    public ILiveModel? Find(string name)
    {
        lock (_models) return _models.GetValueOrDefault(name);
    }

    public void Unload(string name, string message)
    {
        Model? model;
        lock (_models) _models.Remove(name, out model);
        model?.Set(new(ModelState.Removed, message));
    }

    private sealed class Model(FakeLiveWorkspace owner, string workspace) : ILiveModel
    {
        public int Holders { get; set; }

        public ModelSnapshot? Current => null;

        public string? ExecutionProvider => null;

        public string Workspace => workspace;

        public ModelStatus Status { get; private set; } = new(ModelState.Ready, "Model ready.");

        public event Action? Changed;

        public bool TryUpdateItem(Item item) => false;

        public bool TryCommit(ModelSnapshot basis, ModelSnapshot candidate) => false;

        public async Task RebuildAsync(CancellationToken ct = default)
        {
            owner.Switches.Add(workspace);
            Set(new(ModelState.Working, $"Loading workspace '{workspace}'…", 5));
            if (owner.Hold is { } hold) await hold.Task.WaitAsync(ct);
            Set(owner.Failure is { } failure ? new(ModelState.Failed, failure) : new(ModelState.Ready, "Model ready."));
        }

        public void Set(ModelStatus status)
        {
            Status = status;
            Changed?.Invoke();
            owner.ModelChanged?.Invoke(this);
        }
    }
}
