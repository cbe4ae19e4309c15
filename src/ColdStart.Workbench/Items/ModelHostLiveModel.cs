using ColdStart.Engine.Domain;
using ColdStart.Workbench.Modeling;

namespace ColdStart.Workbench.Items;

/// <summary>The <see cref="ILiveModel"/> of the running app: the singleton <see cref="ModelHost"/>.</summary>
public sealed class ModelHostLiveModel(ModelHost host) : ILiveModel
{
    public string Workspace => host.Workspace;

    public bool IsReady => host.Current is not null;

    public IReadOnlyList<string> KnownTags =>
        host.Current is { } snapshot ? [.. snapshot.Catalog.Tags.All.Select(t => t.Tag)] : [];

    public void UpdateItem(Item item) => host.UpdateItem(item);
}
