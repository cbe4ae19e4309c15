using ColdStart.Engine.Domain;
using ColdStart.Workbench.Items;

namespace ColdStart.Workbench.Tests.Items;

/// <summary>An <see cref="ILiveModel"/> that records the items it is given.</summary>
public sealed class RecordingLiveModel(string workspace, IReadOnlyList<string> knownTags) : ILiveModel
{
    public List<Item> Updates { get; } = [];

    public string Workspace => workspace;

    public bool IsReady { get; set; } = true;

    public IReadOnlyList<string> KnownTags => knownTags;

    public void UpdateItem(Item item) => Updates.Add(item);
}
