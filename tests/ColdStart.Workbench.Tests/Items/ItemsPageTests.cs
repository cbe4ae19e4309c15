using Bunit;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Components.Pages.Items;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace ColdStart.Workbench.Tests.Items;

public sealed class ItemsPageTests : ItemsPageTestBase
{
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

        cut.WaitForAssertion(() => Assert.Single(Model.Updates));
        Assert.Equal(["camping", "cooking", "summer"], Model.Updates[0].Tags);
        Assert.Equal(["camping", "cooking", "summer"], Model.Current!.Catalog.Items[1].Tags);
        Assert.Equal(["camping", "cooking", "summer"], (await Items.GetItemAsync("tiny", "SKU-2"))!.Tags);
        var snackbar = Services.GetRequiredService<ISnackbar>();
        Assert.Contains(snackbar.ShownSnackbars, s => s.Message!.Contains("re-encoded in", StringComparison.Ordinal));
        cut.WaitForAssertion(() => Assert.Contains("summer", cut.Find("[data-testid=item-row-SKU-2]").Closest("tr")!.TextContent));

        cut.Find("[data-testid=tags-undo]").Click();

        cut.WaitForAssertion(() => Assert.Equal(2, Model.Updates.Count));
        Assert.Equal(["camping", "cooking"], Model.Updates[1].Tags);
        Assert.Equal(["camping", "cooking"], (await Items.GetItemAsync("tiny", "SKU-2"))!.Tags);
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

        cut.WaitForAssertion(() => Assert.Contains("already has the tag 'camping'", cut.Find("[data-testid=item-detail]").TextContent));
        Assert.True(cut.Find("[data-testid=tags-save]").HasAttribute("disabled"));
        Assert.Empty(Model.Updates);
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

        cut.WaitForAssertion(() =>
            Assert.Contains("has 200 characters; at most 40 are allowed", cut.Find("[data-testid=item-detail]").TextContent, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("[data-testid^=tag-chip-xxxx]"));
        Assert.True(cut.Find("[data-testid=tags-save]").HasAttribute("disabled"));
    }

    private static void TypeTag(IRenderedComponent<ItemsPage> cut, string text) =>
        cut.Find("[data-testid=tag-input] input, input[data-testid=tag-input]").Input(text);
}
