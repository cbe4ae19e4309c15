using Bunit;
using ColdStart.Data;
using ColdStart.Data.Stores;
using ColdStart.Engine.Training;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Components.Pages.Items;
using ColdStart.Workbench.Items;
using ColdStart.Workbench.Modeling;
using ColdStart.Workbench.Tests.Compare;
using ColdStart.Workbench.Tests.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace ColdStart.Workbench.Tests.Items;

public sealed class ItemsPageTests : BunitTestBase
{
    private readonly TempDatabase _database = new();
    private readonly FakeLiveModel _model = new("tiny") { Current = SnapshotBuilder.Build(TinyWorld.Create(), new WordHashEncoder(16), TrainingOptions.Default) };
    private readonly ItemStore _items;

    public ItemsPageTests()
    {
        _items = new ItemStore(_database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>());
        Services.AddSingleton(_items);
        Services.AddSingleton<ILiveModel>(_model);
        Services.AddScoped<ItemTagEditor>();
        Services.AddLogging();
    }

    private async Task SaveTinyWorldAsync()
    {
        var store = await _database.PrepareAsync();
        await store.SaveWorldAsync("tiny", WorkspaceKinds.Csv, TinyWorld.Create());
    }

    [Fact]
    public async Task The_grid_lists_the_items_with_a_new_badge_and_filters_by_search()
    {
        await SaveTinyWorldAsync();
        var cut = RenderInteractive<ItemsPage>();

        cut.WaitForAssertion(() => Assert.Equal(5, cut.FindAll("[data-testid^=item-row-]").Count));
        Assert.Single(cut.FindAll("[data-testid=new-badge]"));
        Assert.Contains("camping, new", cut.Find("[data-testid=item-row-SKU-5]").Closest("tr")!.TextContent);

        cut.Find("[data-testid=items-search] input, input[data-testid=items-search]").Input("espresso");

        cut.WaitForAssertion(() => Assert.Equal(["item-row-SKU-4"], cut.FindAll("[data-testid^=item-row-]").Select(e => e.GetAttribute("data-testid"))));
    }

    [Fact]
    public async Task Adding_a_tag_and_saving_writes_the_store_and_updates_the_live_model_and_undo_restores_both()
    {
        await SaveTinyWorldAsync();
        var cut = RenderInteractive<ItemsPage>();
        cut.WaitForAssertion(() => cut.Find("[data-testid=item-row-SKU-2]"));

        cut.Find("[data-testid=item-row-SKU-2]").Closest("tr")!.Click();
        cut.WaitForAssertion(() => Assert.Equal("Camp stove", cut.Find("[data-testid=item-title]").TextContent));
        Assert.Equal("Outdoor > Camping > Stove", cut.Find("[data-testid=item-category]").TextContent);
        TypeTag(cut, "  Summer ");
        cut.Find("[data-testid=tag-add]").Click();
        cut.Find("[data-testid=tags-save]").Click();

        cut.WaitForAssertion(() => Assert.Single(_model.Updates));
        Assert.Equal(["camping", "cooking", "summer"], _model.Updates[0].Tags);
        Assert.Equal(["camping", "cooking", "summer"], _model.Current!.Catalog.Items[1].Tags);
        Assert.Equal(["camping", "cooking", "summer"], (await _items.GetItemAsync("tiny", "SKU-2"))!.Tags);
        var snackbar = Services.GetRequiredService<ISnackbar>();
        Assert.Contains(snackbar.ShownSnackbars, s => s.Message!.Contains("re-encoded in", StringComparison.Ordinal));
        cut.WaitForAssertion(() => Assert.Contains("summer", cut.Find("[data-testid=item-row-SKU-2]").Closest("tr")!.TextContent));

        cut.Find("[data-testid=tags-undo]").Click();

        cut.WaitForAssertion(() => Assert.Equal(2, _model.Updates.Count));
        Assert.Equal(["camping", "cooking"], _model.Updates[1].Tags);
        Assert.Equal(["camping", "cooking"], (await _items.GetItemAsync("tiny", "SKU-2"))!.Tags);
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=tag-chip-summer]")));
    }

    [Fact]
    public async Task Each_rows_id_is_a_button_so_the_keyboard_reaches_and_opens_the_item()
    {
        await SaveTinyWorldAsync();
        var cut = RenderInteractive<ItemsPage>();
        cut.WaitForAssertion(() => cut.Find("[data-testid=item-row-SKU-3]"));
        var button = cut.Find("[data-testid=item-row-SKU-3]").Closest("button")!;
        Assert.Equal("button", button.GetAttribute("type"));

        button.Click();

        cut.WaitForAssertion(() => Assert.Equal(TinyWorld.Create().Items.Single(i => i.Id == "SKU-3").Title, cut.Find("[data-testid=item-title]").TextContent));
    }

    [Fact]
    public async Task A_duplicate_tag_is_refused_with_a_message_and_nothing_is_saved()
    {
        await SaveTinyWorldAsync();
        var cut = RenderInteractive<ItemsPage>();
        cut.WaitForAssertion(() => cut.Find("[data-testid=item-row-SKU-1]"));
        cut.Find("[data-testid=item-row-SKU-1]").Closest("tr")!.Click();
        cut.WaitForAssertion(() => cut.Find("[data-testid=tag-add]"));

        TypeTag(cut, "CAMPING");
        cut.Find("[data-testid=tag-add]").Click();

        Assert.Contains("already has the tag 'camping'", cut.Find("[data-testid=item-detail]").TextContent);
        Assert.True(cut.Find("[data-testid=tags-save]").HasAttribute("disabled"));
        Assert.Empty(_model.Updates);
    }

    [Fact]
    public async Task A_200_character_tag_is_refused_whole_with_its_length_not_cut_to_40()
    {
        await SaveTinyWorldAsync();
        var cut = RenderInteractive<ItemsPage>();
        cut.WaitForAssertion(() => cut.Find("[data-testid=item-row-SKU-1]"));
        cut.Find("[data-testid=item-row-SKU-1]").Closest("tr")!.Click();
        cut.WaitForAssertion(() => cut.Find("[data-testid=tag-add]"));

        // The browser cut a typed or pasted tag to 40 characters without a word (maxlength): the field must take it whole.
        Assert.NotEqual("40", cut.Find("[data-testid=tag-input] input, input[data-testid=tag-input]").GetAttribute("maxlength"));
        TypeTag(cut, new string('x', 200));
        cut.Find("[data-testid=tag-add]").Click();

        Assert.Contains("has 200 characters; at most 40 are allowed", cut.Find("[data-testid=item-detail]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid^=tag-chip-xxxx]"));
        Assert.True(cut.Find("[data-testid=tags-save]").HasAttribute("disabled"));
    }

    private static void TypeTag(IRenderedComponent<ItemsPage> cut, string text) =>
        cut.Find("[data-testid=tag-input] input, input[data-testid=tag-input]").Input(text);

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        _database.Dispose();
    }
}
