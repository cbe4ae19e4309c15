using ColdStart.Engine.Domain;
using ColdStart.Workbench.Personas;

namespace ColdStart.Workbench.Tests.Personas;

public sealed class CatalogSearchTests
{
    private static readonly Item[] Items =
    [
        MakeItem("SKU-1", "Trail tent"),
        MakeItem("SKU-2", "Camp stove"),
        MakeItem("SKU-3", "Ultralight Tent"),
        MakeItem("SKU-40", "Tent pegs"),
    ];

    [Fact]
    public void Titles_match_case_insensitively_in_catalog_order()
    {
        Assert.Equal(["SKU-1", "SKU-3", "SKU-40"], CatalogSearch.Find(Items, " TENT ", 20).Select(i => i.Id));
    }

    [Fact]
    public void Ids_match_too()
    {
        Assert.Equal(["SKU-40"], CatalogSearch.Find(Items, "sku-4", 20).Select(i => i.Id));
    }

    [Fact]
    public void Suggestions_stop_at_the_maximum()
    {
        Assert.Equal(["SKU-1", "SKU-3"], CatalogSearch.Find(Items, "tent", 2).Select(i => i.Id));
    }

    [Fact]
    public void Blank_text_suggests_nothing()
    {
        Assert.Empty(CatalogSearch.Find(Items, "  ", 20));
    }

    private static Item MakeItem(string id, string title) =>
        new(id, title, "", "Outdoor", "Thing", "Outdoor", "", 10, new DateOnly(2025, 1, 1), []);
}
