using System.Globalization;
using Bunit;
using ColdStart.Data.Stores;
using ColdStart.Engine.Comparison;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Scoring;
using ColdStart.Workbench.Components.Pages.Items;
using ColdStart.Workbench.Items;
using Microsoft.Extensions.DependencyInjection;

namespace ColdStart.Workbench.Tests.Items;

public sealed class TagImpactPanelTests : ItemsPageTestBase
{
    private static readonly Persona Camper = new("Camper", new Dictionary<string, string>(), "camping tent for two", [], []);
    private static readonly Persona Coffee = new("Coffee lover", new Dictionary<string, string>(), "coffee espresso", [], []);

    [Fact]
    public async Task The_preview_shows_each_personas_change_neighbours_and_exposure_and_saving_commits_the_previewed_model()
    {
        await PrepareAsync();
        var live = Model.Current!;
        var expected = TagEditPreview.Compute(live, new TagEditRequest("SKU-4", ["coffee", "camping", "tent"], [Camper, Coffee], Strategy.Balanced, 10, TagEditPreviewer.Neighbours));
        var cut = OpenItem("SKU-4");
        Assert.True(cut.Find("[data-testid=impact-preview]").HasAttribute("disabled"));

        AddTag(cut, "camping");
        AddTag(cut, "Tent");
        cut.Find("[data-testid=impact-preview]").Click();

        cut.WaitForAssertion(() => cut.Find("[data-testid=impact-summary]"));
        Assert.Contains($"{expected.Changed.Count()} of 2 personas' top 10 change under Balanced", cut.Find("[data-testid=impact-summary]").TextContent, StringComparison.Ordinal);
        for (int i = 0; i < 2; i++)
        {
            var persona = expected.Personas[i];
            var row = cut.Find($"[data-testid=impact-persona-{i}]");
            Assert.Contains(persona.Persona, row.TextContent, StringComparison.Ordinal);
            Assert.Equal($"{Rank(persona.ItemBefore)} → {Rank(persona.ItemAfter)}", cut.Find($"[data-testid=impact-item-rank-{i}]").TextContent);
            Assert.Equal(persona.Changed ? "true" : "false", row.GetAttribute("data-changed"));
            foreach (var moved in persona.Change.Moved) Assert.Contains($"{moved.Title} #{moved.Before} → #{moved.After}", row.TextContent, StringComparison.Ordinal);
        }
        Assert.True(expected.Personas[0].Changed, "the camping tags must move the espresso maker in the camper's list");
        Assert.Equal(expected.Neighbours.After.Select(n => n.Title), cut.FindAll("[data-testid=impact-neighbours-after] li").Select(li => li.QuerySelector("span")!.TextContent));
        var e = expected.Exposure;
        Assert.Contains($"New items hold {e.NewBefore} → {e.NewAfter}", cut.Find("[data-testid=impact-exposure]").TextContent, StringComparison.Ordinal);
        Assert.Contains($"This item is in {e.ListsWithItemBefore} → {e.ListsWithItemAfter}", cut.Find("[data-testid=impact-exposure]").TextContent, StringComparison.Ordinal);
        Assert.Same(live, Model.Current);
        Assert.Equal("Save as previewed", cut.Find("[data-testid=tags-save]").TextContent.Trim());

        await cut.InvokeAsync(() => cut.Find("[data-testid=tags-save]").Click());

        cut.WaitForAssertion(() => Assert.Single(Model.Commits));
        Assert.Empty(Model.Updates);
        Assert.Same(Model.Commits[0], Model.Current);
        Assert.Equal(["coffee", "camping", "tent"], Model.Current!.Catalog.Items[3].Tags);
        Assert.Equal(["coffee", "camping", "tent"], (await Items.GetItemAsync("tiny", "SKU-4"))!.Tags);
        var ranks = Model.Current.Rank(Camper, Strategy.Balanced, 10).Items;
        Assert.Equal(expected.Personas[0].ItemAfter, ranks.FirstOrDefault(r => r.Item.Id == "SKU-4")?.Rank);
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=impact-summary]")));
    }

    [Fact]
    public async Task Cancelling_after_a_preview_puts_the_stored_tags_back_and_changes_nothing()
    {
        await PrepareAsync();
        var live = Model.Current!;
        var cut = OpenItem("SKU-3");
        AddTag(cut, "camping");
        cut.Find("[data-testid=impact-preview]").Click();
        cut.WaitForAssertion(() => cut.Find("[data-testid=impact-summary]"));

        // The panel may render again between finding the button and clicking it (the preview settles): find and click at once.
        await cut.InvokeAsync(() => cut.Find("[data-testid=impact-cancel]").Click());

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=impact-summary]")));
        Assert.Empty(cut.FindAll("[data-testid=tag-chip-camping]"));
        Assert.True(cut.Find("[data-testid=tags-save]").HasAttribute("disabled"));
        Assert.Same(live, Model.Current);
        Assert.Empty(Model.Commits);
        Assert.Empty(Model.Updates);
        Assert.Equal(["summer", "linen", "men"], (await Items.GetItemAsync("tiny", "SKU-3"))!.Tags);
    }

    [Fact]
    public async Task A_workspace_without_personas_is_told_so_in_the_panel()
    {
        await SaveTinyWorldAsync();
        var live = Model.Current;
        var cut = OpenItem("SKU-3");
        AddTag(cut, "camping");

        cut.Find("[data-testid=impact-preview]").Click();

        cut.WaitForAssertion(() => Assert.Contains("has no personas yet", cut.Find("[data-testid=impact-error]").TextContent, StringComparison.Ordinal));
        Assert.Same(live, Model.Current);
        Assert.Equal("Save tags", cut.Find("[data-testid=tags-save]").TextContent.Trim());
        Assert.Empty(Model.Commits);
    }

    private async Task PrepareAsync()
    {
        await SaveTinyWorldAsync();
        var personas = Services.GetRequiredService<PersonaStore>();
        await personas.CreateAsync("tiny", Camper);
        await personas.CreateAsync("tiny", Coffee);
    }

    private IRenderedComponent<ItemsPage> OpenItem(string id)
    {
        var cut = RenderInteractive<ItemsPage>();
        cut.WaitForAssertion(() => cut.Find($"[data-testid=item-row-{id}]"));
        cut.Find($"[data-testid=item-row-{id}]").Closest("tr")!.Click();
        cut.WaitForAssertion(() => cut.Find("[data-testid=impact-panel]"));
        return cut;
    }

    private static void AddTag(IRenderedComponent<ItemsPage> cut, string tag)
    {
        cut.Find("[data-testid=tag-input] input, input[data-testid=tag-input]").Input(tag);
        cut.Find("[data-testid=tag-add]").Click();
    }

    private static string Rank(int? rank) => rank is { } r ? "#" + r.ToString(CultureInfo.InvariantCulture) : "—";
}
