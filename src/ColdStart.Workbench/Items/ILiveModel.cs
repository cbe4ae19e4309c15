using ColdStart.Engine.Domain;

namespace ColdStart.Workbench.Items;

/// <summary>
/// What the items page needs from the live model: the active workspace, the known tags, and replacing one item so open
/// comparisons re-rank at once. Implemented over <see cref="Modeling.ModelHost"/> by <see cref="ModelHostLiveModel"/>.
/// </summary>
public interface ILiveModel
{
    /// <summary>Name of the active workspace.</summary>
    string Workspace { get; }

    /// <summary>Whether a snapshot is loaded, so that <see cref="UpdateItem"/> can apply.</summary>
    bool IsReady { get; }

    /// <summary>Tags of the live catalog, most used first; empty until the model is ready.</summary>
    IReadOnlyList<string> KnownTags { get; }

    /// <summary>Replaces the item with the same id in the live snapshot, re-encoding it before returning.</summary>
    void UpdateItem(Item item);
}
