using ColdStart.Data.Stores;
using ColdStart.Engine.Comparison;
using ColdStart.Engine.Domain;
using ColdStart.Workbench.Items;
using ColdStart.Workbench.Modeling;
using Microsoft.AspNetCore.Components;
using Microsoft.Data.Sqlite;
using MudBlazor;

namespace ColdStart.Workbench.Components.Pages.Items;

/// <summary>
/// One item's details and its tag editor: chips with remove, add with autocomplete, an impact preview
/// (<see cref="TagImpactPanel"/>), save (exactly the previewed model when there is a preview for these tags), cancel and undo.
/// </summary>
public sealed partial class ItemDetailPanel
{
    [Inject] private ItemTagEditor Editor { get; set; } = default!;
    [Inject] private ILiveModel Model { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    [Parameter, EditorRequired] public Item Item { get; set; } = default!;

    /// <summary>Tags offered by the autocomplete, most used first.</summary>
    [Parameter] public IReadOnlyList<string> KnownTags { get; set; } = [];

    /// <summary>Raised with the item as stored after a save or an undo.</summary>
    [Parameter] public EventCallback<Item> TagsChanged { get; set; }

    private readonly List<string> _tags = [];
    private int _tagInputKey;
    private Item? _shown;
    private string? _typed;
    private string? _tagError;
    private bool _busy;
    private TagEditImpact? _preview;

    private bool IsDirty => _shown is not null && !_tags.SequenceEqual(_shown.Tags, StringComparer.Ordinal);

    private bool HasPreview => _preview is { } p && p.IsFor(Item.Id, _tags);

    private bool CanUndo => Editor.UndoableItemId == Item.Id;

    protected override void OnParametersSet()
    {
        if (ReferenceEquals(_shown, Item)) return;
        _shown = Item;
        _tags.Clear();
        _tags.AddRange(Item.Tags);
        _tagError = null;
        _preview = null;
    }

    private Task<IEnumerable<string>> SearchTagsAsync(string? text, CancellationToken cancellationToken)
    {
        var typed = ItemTagRules.Normalise(text ?? "");
        IEnumerable<string> matches = KnownTags.Where(t => t.Contains(typed, StringComparison.OrdinalIgnoreCase) && !_tags.Contains(t));
        return Task.FromResult(matches);
    }

    private void Add()
    {
        var typed = _typed ?? "";
        _tagError = ItemTagRules.Problem(typed, _tags);
        if (_tagError is not null) return;
        _tags.Add(ItemTagRules.Normalise(typed));
        _preview = null;
        _typed = null;
        _tagInputKey++; // a fresh, empty field: clearing the old one re-opens its suggestion list over the buttons
    }

    private void Remove(string tag)
    {
        _tags.Remove(tag);
        _tagError = null;
        _preview = null;
    }

    /// <summary>Drops the pending edit: the stored tags come back, the preview goes; nothing was written.</summary>
    private void CancelEdit()
    {
        _tags.Clear();
        _tags.AddRange((_shown ?? Item).Tags);
        _tagError = null;
        _preview = null;
    }

    private async Task SaveAsync()
    {
        var preview = HasPreview ? _preview : null;
        var opened = (_shown ?? Item).Tags; // optimistic concurrency: refused when another tab saved since
        var edit = await RunAsync(async () => preview is not null
            ? await Editor.SaveAsync(Model.Workspace, preview, opened)
            : await Editor.SaveAsync(Model.Workspace, Item.Id, [.. _tags], opened));
        if (edit is null) return;
        if (preview is not null && !edit.AsPreviewed)
            Snackbar.Add("The model changed after the preview, so the edit was applied to the current model: preview again to see its effect.", Severity.Warning);
        await ShowAsync(edit, edit.AsPreviewed ? "saved as previewed" : "saved");
    }

    private async Task UndoAsync()
    {
        var edit = await RunAsync(() => Editor.UndoAsync());
        if (edit is not null) await ShowAsync(edit, "restored");
    }

    private async Task<TagEdit?> RunAsync(Func<Task<TagEdit?>> action)
    {
        _busy = true;
        try
        {
            return await action();
        }
        catch (Exception ex) when (ex is ArgumentException or KeyNotFoundException or InvalidOperationException or SqliteException)
        {
            Snackbar.Add($"The tags of {Item.Id} were not saved: {ex.Message}", Severity.Error);
            return null;
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task ShowAsync(TagEdit edit, string verb)
    {
        var model = edit.ReEncoding is { } time
            ? edit.AsPreviewed ? "the previewed model is live" : $"re-encoded in {time.TotalMilliseconds:0} ms"
            : "the model is not loaded yet and picks them up when it is";
        Snackbar.Add($"Tags of {edit.Item.Id} {verb}; {model}.", Severity.Success);
        _shown = edit.Item;
        _preview = null;
        _tags.Clear();
        _tags.AddRange(edit.Item.Tags);
        await TagsChanged.InvokeAsync(edit.Item);
    }
}
