using ColdStart.Data;
using ColdStart.Data.Stores;
using ColdStart.Engine.Comparison;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Training;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Items;
using ColdStart.Workbench.Tests.Compare;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ColdStart.Workbench.Tests.Items;

public sealed class ItemTagEditorTests : IAsyncLifetime, IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly FakeLiveModel _model = new("tiny") { Current = SnapshotBuilder.Build(TinyWorld.Create(), new WordHashEncoder(16), TrainingOptions.Default) };
    private ItemStore _items = default!;

    public async Task InitializeAsync()
    {
        var store = await _database.PrepareAsync();
        await store.SaveWorldAsync("tiny", WorkspaceKinds.Csv, TinyWorld.Create());
        _items = new ItemStore(_database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>());
    }

    [Fact]
    public async Task Two_tabs_editing_the_same_item_the_second_save_is_refused_with_a_message()
    {
        var (tab1, tab2) = (new ItemTagEditor(_items, _model), new ItemTagEditor(_items, _model));
        var opened = (await _items.GetItemAsync("tiny", "SKU-4"))!.Tags;

        await tab1.SaveAsync("tiny", "SKU-4", ["from-tab-1"], opened);
        var refused = await Assert.ThrowsAsync<ItemTagsConflictException>(() => tab2.SaveAsync("tiny", "SKU-4", ["from-tab-2"], opened));

        Assert.Contains("SKU-4 were changed elsewhere", refused.Message, StringComparison.Ordinal);
        Assert.Equal(["from-tab-1"], (await _items.GetItemAsync("tiny", "SKU-4"))!.Tags);
        Assert.Equal(["from-tab-1"], _model.Current!.Dataset.Items.Single(i => i.Id == "SKU-4").Tags);
        Assert.Null(tab2.UndoableItemId);
    }

    [Fact]
    public async Task Undo_restores_the_tags_before_the_last_edit_once()
    {
        var editor = new ItemTagEditor(_items, _model);
        await editor.SaveAsync("tiny", "SKU-4", ["coffee", "italian"]);
        await editor.SaveAsync("tiny", "SKU-4", ["espresso"]);

        var undone = await editor.UndoAsync();

        Assert.Equal(["coffee", "italian"], undone!.Item.Tags);
        Assert.Equal(["coffee", "italian"], (await _items.GetItemAsync("tiny", "SKU-4"))!.Tags);
        Assert.Equal([["coffee", "italian"], ["espresso"], ["coffee", "italian"]], _model.Updates.Select(i => i.Tags));
        Assert.Equal(["coffee", "italian"], _model.Current!.Catalog.Items[3].Tags);
        Assert.Null(editor.UndoableItemId);
        Assert.Null(await editor.UndoAsync());
    }

    [Fact]
    public async Task Without_a_loaded_model_the_store_is_still_written_and_no_re_encoding_is_reported()
    {
        _model.Current = null;
        var editor = new ItemTagEditor(_items, _model);

        var edit = await editor.SaveAsync("tiny", "SKU-5", ["camping", "ultralight"]);

        Assert.Null(edit.ReEncoding);
        Assert.Empty(_model.Updates);
        Assert.Equal(["camping", "ultralight"], (await _items.GetItemAsync("tiny", "SKU-5"))!.Tags);
        Assert.Equal("SKU-5", editor.UndoableItemId);
    }

    [Fact]
    public async Task Saving_a_preview_makes_the_previewed_candidate_the_live_model()
    {
        var editor = new ItemTagEditor(_items, _model);
        var live = _model.Current!;
        var preview = TagEditPreview.Compute(live, new TagEditRequest("SKU-4", ["coffee", "camping", "tent"], [Camper], Strategy.Balanced));

        var edit = await editor.SaveAsync("tiny", preview);

        Assert.True(edit.AsPreviewed);
        Assert.Same(preview.Candidate, _model.Current);
        Assert.Empty(_model.Updates);
        Assert.Equal(["coffee", "camping", "tent"], (await _items.GetItemAsync("tiny", "SKU-4"))!.Tags);
        // What is live ranks exactly as the preview's "after" lists.
        var after = _model.Current!.Rank(Camper, Strategy.Balanced, 10).Items.Select(i => i.Item.Id).ToList();
        var before = live.Rank(Camper, Strategy.Balanced, 10).Items.Select(i => i.Item.Id).ToList();
        var expected = ListDiff.Of([.. before.Select(ItemOf(live))], [.. after.Select(ItemOf(live))]);
        Assert.Equal(expected.Moved, preview.Personas[0].Change.Moved);
        Assert.Equal(expected.Entered, preview.Personas[0].Change.Entered);
        Assert.Equal("SKU-4", editor.UndoableItemId);
    }

    [Fact]
    public async Task A_preview_of_a_model_that_has_moved_on_is_saved_on_the_current_model_and_says_so()
    {
        var editor = new ItemTagEditor(_items, _model);
        var preview = TagEditPreview.Compute(_model.Current!, new TagEditRequest("SKU-4", ["coffee", "camping"], [Camper], Strategy.Balanced));
        await editor.SaveAsync("tiny", "SKU-1", ["camping", "tent"]);

        var edit = await editor.SaveAsync("tiny", preview);

        Assert.False(edit.AsPreviewed);
        Assert.NotSame(preview.Candidate, _model.Current);
        Assert.Equal(["coffee", "camping"], _model.Current!.Catalog.Items[3].Tags);
        Assert.Equal(["camping", "tent"], _model.Current!.Catalog.Items[0].Tags);
        Assert.Empty(_model.Commits);
    }

    private static readonly Persona Camper = new("Camper", new Dictionary<string, string>(), "camping tent", [], []);

    private static Func<string, Item> ItemOf(ModelSnapshot snapshot) => id => snapshot.Catalog.Items[snapshot.Catalog.ItemById[id]];

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _database.Dispose();
}
