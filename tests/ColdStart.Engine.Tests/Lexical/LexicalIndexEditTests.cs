using ColdStart.Engine.Domain;
using ColdStart.Engine.Lexical;
using ColdStart.Engine.World;

namespace ColdStart.Engine.Tests.Lexical;

public sealed class LexicalIndexEditTests
{
    private static readonly IReadOnlyList<Item> Catalog =
        SampleWorld.Generate(new SampleWorldOptions(Seed: 3, Items: 240, Users: 50, TargetEvents: 100, Days: 30)).Dataset.Items;

    [Theory]
    [InlineData("add a tag new to the catalog")]
    [InlineData("add tags other items carry")]
    [InlineData("remove every tag")]
    public void An_edited_item_gives_the_index_a_full_rebuild_gives(string edit)
    {
        int index = 17;
        var old = Catalog[index];
        var tags = edit switch
        {
            "add a tag new to the catalog" => [.. old.Tags, "zorblax-limited"],
            "add tags other items carry" => [.. old.Tags, .. Catalog[200].Tags, .. Catalog[5].Tags.Take(1)],
            _ => Array.Empty<string>(),
        };
        var items = Catalog.ToArray();
        items[index] = old with { Tags = [.. tags.Distinct()] };

        var edited = LexicalIndex.Build(Catalog).WithItem(items, index, old);
        var rebuilt = LexicalIndex.Build(items);

        Assert.Equal(rebuilt.Terms, edited.Terms);
        for (int a = 0; a < items.Length; a += 7)
            for (int b = 0; b < items.Length; b++)
                Assert.Equal(rebuilt.Similarity(a, b), edited.Similarity(a, b), 1e-5f);
        for (int b = 0; b < items.Length; b++) Assert.Equal(rebuilt.Similarity(index, b), edited.Similarity(index, b), 1e-5f);
        var query = string.Join(' ', tags.Concat(["tent", "serum", "zorblax-limited"]));
        Assert.Equal(rebuilt.Score([index, 3], query), edited.Score([index, 3], query), new FloatTolerance(1e-5f));
    }

    [Fact]
    public void A_term_crossing_the_max_df_cut_off_falls_back_to_a_full_rebuild()
    {
        // 100 items, 50 of them tagged "common": one more makes it more than half the catalog, so it is dropped everywhere.
        var items = Enumerable.Range(0, 100)
            .Select(i => new Item($"I-{i}", $"item {i} word{i % 7}", "", "", "", "", "", 0f, new DateOnly(2026, 1, 1), i < 50 ? ["common"] : []))
            .ToArray();
        var edited = items.ToArray();
        edited[60] = items[60] with { Tags = ["common"] };

        var index = LexicalIndex.Build(items).WithItem(edited, 60, items[60]);

        var rebuilt = LexicalIndex.Build(edited);
        Assert.Equal(rebuilt.Score([], "common word3"), index.Score([], "common word3"));
        Assert.Equal(0f, index.Score([], "common")[0]);
        Assert.NotEqual(0f, LexicalIndex.Build(items).Score([], "common")[0]);
    }

    private sealed class FloatTolerance(float tolerance) : IEqualityComparer<float>
    {
        public bool Equals(float x, float y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(float obj) => 0;
    }
}
