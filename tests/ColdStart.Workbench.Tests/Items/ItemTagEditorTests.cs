using ColdStart.Data;
using ColdStart.Data.Stores;
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

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _database.Dispose();
}
