using ColdStart.Engine.Domain;
using ColdStart.Engine.Training;
using ColdStart.Workbench.Modeling;

namespace ColdStart.Workbench.Tests.Compare;

/// <summary>
/// A live model the test drives: set the snapshot and status, then <see cref="Raise"/>. Item updates are applied to the
/// snapshot as <see cref="ModelHost"/> applies them, and recorded in <see cref="Updates"/>.
/// </summary>
public sealed class FakeLiveModel(string workspace) : ILiveModel
{
    public ModelSnapshot? Current { get; set; }
    public ModelStatus Status { get; set; } = new(ModelState.Ready, "ready");
    public string Workspace { get; private set; } = workspace;
    public string? ExecutionProvider => Current?.Encoder.ExecutionProvider;

    /// <summary>The items given to <see cref="TryUpdateItem"/> while a snapshot was loaded, in order.</summary>
    public List<Item> Updates { get; } = [];

    public event Action? Changed;

    public bool TryUpdateItem(Item item)
    {
        if (Current is null) return false;
        Current = Current.WithItem(item);
        Updates.Add(item);
        Raise();
        return true;
    }

    /// <summary>The candidates <see cref="TryCommit"/> swapped in, in order.</summary>
    public List<ModelSnapshot> Commits { get; } = [];

    public bool TryCommit(ModelSnapshot basis, ModelSnapshot candidate)
    {
        if (!ReferenceEquals(Current, basis)) return false;
        Current = candidate;
        Commits.Add(candidate);
        Raise();
        return true;
    }

    public void Raise() => Changed?.Invoke();

    /// <summary>How many times <see cref="RebuildAsync"/> was called.</summary>
    public int Rebuilds { get; private set; }

    /// <summary>Counts the call and raises <see cref="Changed"/>, keeping the snapshot the test set.</summary>
    public Task RebuildAsync(CancellationToken ct = default)
    {
        Rebuilds++;
        Raise();
        return Task.CompletedTask;
    }

    /// <summary>Makes this model another workspace's (a test sets <see cref="Current"/> for it): what a page sees when its user switched.</summary>
    public void Become(string workspace)
    {
        Workspace = workspace;
        Raise();
    }
}
