using System.Diagnostics;
using ColdStart.Data.Stores;
using ColdStart.Engine.Comparison;
using ColdStart.Engine.Domain;
using ColdStart.Workbench.Modeling;

namespace ColdStart.Workbench.Items;

/// <summary>
/// Saves an item's tags to the store (one transaction) and then into the live model, so open comparisons re-rank at
/// once; a previewed edit (<see cref="TagEditPreviewer"/>) commits the very model that was previewed. Keeps the tags before the last edit so that it can be undone the same way.
/// </summary>
public sealed class ItemTagEditor(ItemStore store, ILiveModel model)
{
    private readonly Lock _gate = new();
    private (string Workspace, string ItemId, IReadOnlyList<string> Tags, IReadOnlyList<string> Saved)? _undo;

    /// <summary>Id of the item whose last edit <see cref="UndoAsync"/> would revert, or null.</summary>
    public string? UndoableItemId
    {
        get { lock (_gate) return _undo?.ItemId; }
    }

    /// <summary>
    /// Replaces the tags of <paramref name="itemId"/> and remembers its previous tags for undo. With
    /// <paramref name="expectedTags"/> (the tags the editor opened), an edit saved elsewhere in the meantime throws
    /// <see cref="ItemTagsConflictException"/> and nothing is saved.
    /// </summary>
    public async Task<TagEdit> SaveAsync(string workspace, string itemId, IReadOnlyList<string> tags, IReadOnlyList<string>? expectedTags = null,
        CancellationToken cancellationToken = default)
    {
        var before = await store.GetItemAsync(workspace, itemId, cancellationToken)
            ?? throw new KeyNotFoundException($"Workspace '{workspace}' has no item with id '{itemId}'.");
        var edit = await ApplyAsync(workspace, itemId, tags, expectedTags, null, cancellationToken);
        lock (_gate) _undo = (workspace, itemId, before.Tags, edit.Item.Tags);
        return edit;
    }

    /// <summary>
    /// Saves the tags <paramref name="preview"/> was computed for: the store first (one transaction), then the live model
    /// becomes exactly the previewed candidate (<see cref="ILiveModel.TryCommit"/>), so what was previewed is what is
    /// live. When the live model moved on since the preview (a rebuild, another edit) or the stored item differs from
    /// the previewed one, the stored item is applied as by <see cref="SaveAsync(string, string, IReadOnlyList{string}, IReadOnlyList{string}?, CancellationToken)"/>
    /// and <see cref="TagEdit.AsPreviewed"/> is false.
    /// </summary>
    public async Task<TagEdit> SaveAsync(string workspace, TagEditImpact preview, IReadOnlyList<string>? expectedTags = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(preview);
        string itemId = preview.After.Id;
        var before = await store.GetItemAsync(workspace, itemId, cancellationToken)
            ?? throw new KeyNotFoundException($"Workspace '{workspace}' has no item with id '{itemId}'.");
        var edit = await ApplyAsync(workspace, itemId, preview.After.Tags, expectedTags, preview, cancellationToken);
        lock (_gate) _undo = (workspace, itemId, before.Tags, edit.Item.Tags);
        return edit;
    }

    /// <summary>
    /// Restores the tags from before the last edit (store and live model); null when there is nothing to undo. When the
    /// tags were changed elsewhere since that edit, throws <see cref="ItemTagsConflictException"/> and nothing is restored.
    /// </summary>
    public async Task<TagEdit?> UndoAsync(CancellationToken cancellationToken = default)
    {
        (string Workspace, string ItemId, IReadOnlyList<string> Tags, IReadOnlyList<string> Saved)? undo;
        lock (_gate) undo = _undo;
        if (undo is not { } last) return null;
        var edit = await ApplyAsync(last.Workspace, last.ItemId, last.Tags, last.Saved, null, cancellationToken);
        lock (_gate) _undo = null;
        return edit;
    }

    private async Task<TagEdit> ApplyAsync(string workspace, string itemId, IReadOnlyList<string> tags, IReadOnlyList<string>? expectedTags,
        TagEditImpact? preview, CancellationToken cancellationToken)
    {
        var item = await store.SetTagsAsync(workspace, itemId, tags, expectedTags, cancellationToken);
        if (!string.Equals(model.Workspace, workspace, StringComparison.Ordinal)) return new TagEdit(item, null);
        var clock = Stopwatch.StartNew();
        if (preview is not null && SameItem(item, preview.After) && model.TryCommit(preview.Basis, preview.Candidate))
            return new TagEdit(item, clock.Elapsed, AsPreviewed: true);
        return model.TryUpdateItem(item) ? new TagEdit(item, clock.Elapsed) : new TagEdit(item, null);
    }

    /// <summary>Equal fields and equal tags in the same order (records compare lists by reference).</summary>
    private static bool SameItem(Item stored, Item previewed) =>
        stored with { Tags = previewed.Tags } == previewed && stored.Tags.SequenceEqual(previewed.Tags, StringComparer.Ordinal);
}
