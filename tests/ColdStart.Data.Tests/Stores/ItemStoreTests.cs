using ColdStart.Data.Stores;
using ColdStart.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ColdStart.Data.Tests.Stores;

public sealed class ItemStoreTests : IAsyncLifetime, IDisposable
{
    private readonly TempDatabase _database = new();
    private ItemStore _items = default!;

    public async Task InitializeAsync()
    {
        var store = await _database.PrepareAsync();
        await store.SaveWorldAsync("tiny", WorkspaceKinds.Csv, TinyWorld.Create());
        await store.SaveWorldAsync("other", WorkspaceKinds.Csv, TinyWorld.Create("other"));
        _items = new ItemStore(_database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>());
    }

    [Fact]
    public async Task A_page_holds_the_items_in_engine_order_and_the_total_count()
    {
        var page = await _items.GetPageAsync("tiny", new ItemQuery(Skip: 2, Take: 2));

        Assert.Equal(5, page.TotalCount);
        Assert.Equal(["SKU-3", "SKU-4"], page.Rows.Select(r => r.Id));
        var shirt = page.Rows[0];
        Assert.Equal(("Linen shirt", "Fashion", 39.9f, false), (shirt.Title, shirt.Department, shirt.Price, shirt.IsNew));
        Assert.Equal(["linen", "men", "summer"], shirt.Tags);
    }

    [Fact]
    public async Task Search_matches_title_or_id_ignoring_case()
    {
        var byTitle = await _items.GetPageAsync("tiny", new ItemQuery(Search: "  TENT "));
        var byId = await _items.GetPageAsync("tiny", new ItemQuery(Search: "sku-4"));
        var wildcard = await _items.GetPageAsync("tiny", new ItemQuery(Search: "%"));

        Assert.Equal(2, byTitle.TotalCount);
        Assert.Equal(["SKU-1", "SKU-5"], byTitle.Rows.Select(r => r.Id));
        Assert.Equal(["SKU-4"], byId.Rows.Select(r => r.Id));
        Assert.Equal(0, wildcard.TotalCount);
    }

    [Fact]
    public async Task Department_and_new_only_filters_combine_with_search()
    {
        var outdoor = await _items.GetPageAsync("tiny", new ItemQuery(Department: "Outdoor"));
        var newOutdoor = await _items.GetPageAsync("tiny", new ItemQuery(Department: "Outdoor", NewOnly: true));
        var newStoves = await _items.GetPageAsync("tiny", new ItemQuery(Search: "stove", NewOnly: true));

        Assert.Equal(["SKU-1", "SKU-2", "SKU-5"], outdoor.Rows.Select(r => r.Id));
        var only = Assert.Single(newOutdoor.Rows);
        Assert.Equal(("SKU-5", true), (only.Id, only.IsNew));
        Assert.Equal(0, newStoves.TotalCount);
    }

    [Fact]
    public async Task Departments_and_tags_are_those_of_the_workspace()
    {
        Assert.Equal(["Fashion", "Kitchen", "Outdoor"], await _items.GetDepartmentsAsync("tiny"));
        var tags = await _items.GetTagsAsync("tiny");
        Assert.Equal("camping", tags[0]);
        Assert.Equal(["camping", "coffee", "cooking", "lightweight", "linen", "men", "new", "summer"], tags.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_second_save_from_the_same_opened_tags_is_refused_and_the_first_edit_is_kept()
    {
        var opened = (await _items.GetItemAsync("tiny", "SKU-2"))!.Tags; // two tabs open the item

        await _items.SetTagsAsync("tiny", "SKU-2", ["first"], opened);
        var conflict = await Assert.ThrowsAsync<ItemTagsConflictException>(() => _items.SetTagsAsync("tiny", "SKU-2", ["second"], opened));

        Assert.Equal(["first"], conflict.Current);
        Assert.Contains("changed elsewhere", conflict.Message, StringComparison.Ordinal);
        Assert.Equal(["first"], (await _items.GetItemAsync("tiny", "SKU-2"))!.Tags);
        var reopened = await _items.SetTagsAsync("tiny", "SKU-2", ["second"], conflict.Current); // from the current tags it saves
        Assert.Equal(["second"], reopened.Tags);
    }

    [Fact]
    public async Task Set_tags_replaces_them_normalised_in_the_typed_order()
    {
        var saved = await _items.SetTagsAsync("tiny", "SKU-2", ["  Summer ", "camping", "Gas Stove"]);

        Assert.Equal(["summer", "camping", "gas stove"], saved.Tags);
        var read = await _items.GetItemAsync("tiny", "SKU-2");
        Assert.Equal(["summer", "camping", "gas stove"], read!.Tags);
        Assert.Equal(("Camp stove", "Outdoor > Camping > Stove", "Alpina", 49f), (read.Title, read.CategoryPath, read.Brand, read.Price));
        var engine = await _database.Store.LoadDatasetAsync("tiny");
        Assert.Equal(["summer", "camping", "gas stove"], engine.Items[1].Tags);
        Assert.Equal(["camping", "lightweight"], engine.Items[0].Tags);
        var other = await _items.GetItemAsync("other", "SKU-2");
        Assert.Equal(["camping", "cooking"], other!.Tags);
    }

    [Theory]
    [InlineData("   ", "must not be empty")]
    [InlineData("an-extremely-long-tag-that-nobody-can-read", "at most 40")]
    [InlineData("Camping", "already has the tag 'camping'")]
    public async Task An_invalid_tag_is_rejected_and_nothing_is_written(string bad, string message)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => _items.SetTagsAsync("tiny", "SKU-1", ["camping", bad]));

        Assert.Contains(message, error.Message);
        var read = await _items.GetItemAsync("tiny", "SKU-1");
        Assert.Equal(["camping", "lightweight"], read!.Tags);
    }

    [Fact]
    public async Task Unknown_items_and_workspaces_are_named()
    {
        var item = await Assert.ThrowsAsync<KeyNotFoundException>(() => _items.SetTagsAsync("tiny", "SKU-99", ["x"]));
        var workspace = await Assert.ThrowsAsync<KeyNotFoundException>(() => _items.GetPageAsync("nope", new ItemQuery()));

        Assert.Contains("'SKU-99'", item.Message);
        Assert.Contains("'nope'", workspace.Message);
        Assert.Null(await _items.GetItemAsync("tiny", "SKU-99"));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _database.Dispose();
}
