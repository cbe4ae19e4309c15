using ColdStart.Engine.Suites;

namespace ColdStart.Engine.Tests.Suites;

public sealed class ExpectationTests
{
    private static readonly PersonaList List = SuiteLists.Parent();

    [Fact]
    public void Item_in_top_holds_only_within_N_and_says_the_rank()
    {
        var atThree = new ItemInTop("Parent", 3, "SKU-3").Check(List);
        var cutOff = new ItemInTop("Parent", 2, "SKU-3").Check(List);

        Assert.True(atThree.Held);
        Assert.Equal("SKU-3 is at #3.", atThree.Observed);
        Assert.False(cutOff.Held);
        Assert.Equal("SKU-3 must be in the top 2 for Parent.", new ItemInTop("Parent", 2, "SKU-3").Sentence);
    }

    [Fact]
    public void Item_not_in_top_is_the_mirror_image()
    {
        Assert.False(new ItemNotInTop("Parent", 3, "SKU-3").Check(List).Held);
        Assert.True(new ItemNotInTop("Parent", 2, "SKU-3").Check(List).Held);
        Assert.True(new ItemNotInTop("Parent", 5, "SKU-99").Check(List).Held);
    }

    [Fact]
    public void New_item_share_counts_new_items_over_N()
    {
        // Top 4: SKU-1 and SKU-4 are new = 50 %.
        var half = new NewItemShare("Parent", 4, 0.5).Check(List);
        var more = new NewItemShare("Parent", 4, 0.51).Check(List);

        Assert.True(half.Held);
        Assert.Equal("2 of 4 are new (50%).", half.Observed);
        Assert.False(more.Held);
        // A short list does not flatter: N = 10 with 2 new items is 20 %.
        Assert.False(new NewItemShare("Parent", 10, 0.25).Check(List).Held);
    }

    [Fact]
    public void Distinct_departments_counts_departments_in_the_top_N()
    {
        Assert.False(new DistinctDepartments("Parent", 2, 2).Check(List).Held); // Outdoor, Outdoor
        var three = new DistinctDepartments("Parent", 4, 3).Check(List);
        Assert.True(three.Held);
        Assert.Equal("3 departments (Fashion, Kitchen, Outdoor).", three.Observed);
    }

    [Fact]
    public void Brand_share_is_the_largest_brands_share_of_N()
    {
        // Top 5: Alpina 3 of 5 = 60 %.
        var sixty = new BrandShare("Parent", 5, 0.6).Check(List);
        Assert.True(sixty.Held);
        Assert.Equal("Alpina fills 3 of 5 (60%).", sixty.Observed);
        Assert.False(new BrandShare("Parent", 5, 0.5).Check(List).Held);
        Assert.False(new BrandShare("Parent", 2, 0.5).Check(List).Held); // 2 of 2
    }

    [Fact]
    public void Reference_overlap_is_shared_items_over_the_longer_of_N_and_the_reference()
    {
        // Top 4 vs {SKU-1, SKU-4, SKU-9, SKU-8}: 2 shared / 4 = 50 %.
        var reference = new ReferenceOverlap("Parent", 4, ["SKU-1", "SKU-4", "SKU-9", "SKU-8"], 0.5);
        Assert.True(reference.Check(List).Held);
        Assert.Equal("2 shared items: overlap 50%.", reference.Check(List).Observed);
        Assert.False((reference with { MinOverlap = 0.75 }).Check(List).Held);
        // A reference longer than N counts against it: 2 shared / 6.
        Assert.False(new ReferenceOverlap("Parent", 4, ["SKU-1", "SKU-4", "A", "B", "C", "D"], 0.5).Check(List).Held);
    }

    [Fact]
    public void Department_and_tag_must_rank_in_the_top_N()
    {
        Assert.False(new DepartmentInTop("Parent", 3, "Kitchen").Check(List).Held);
        Assert.True(new DepartmentInTop("Parent", 4, "kitchen").Check(List).Held);
        Assert.False(new TagInTop("Parent", 4, "new").Check(List).Held);
        var tag = new TagInTop("Parent", 5, "new").Check(List);
        Assert.True(tag.Held);
        Assert.Equal("First item tagged 'new': SKU-5 at #5.", tag.Observed);
    }

    [Fact]
    public void Every_kind_has_a_sentence_naming_its_persona_and_N()
    {
        Expectation[] all =
        [
            new ItemInTop("Parent", 7, "SKU-1"), new ItemNotInTop("Parent", 7, "SKU-1"), new NewItemShare("Parent", 7, 0.3),
            new DistinctDepartments("Parent", 7, 2), new BrandShare("Parent", 7, 0.4), new ReferenceOverlap("Parent", 7, ["SKU-1"], 0.3),
            new DepartmentInTop("Parent", 7, "Outdoor"), new TagInTop("Parent", 7, "camping"),
        ];

        Assert.Equal(Expectation.Kinds.Count, all.Length);
        Assert.All(all, e => Assert.Contains("top 7 for Parent", e.Sentence, StringComparison.Ordinal));
        Assert.Equal(all.Length, all.Select(e => e.Sentence).Distinct().Count());
    }

    [Fact]
    public void Invalid_values_are_named_by_field()
    {
        Assert.Contains("topN: must be between 1 and 200 (got 0).", new ItemInTop("Parent", 0, "SKU-1").Validate());
        Assert.Contains("itemId: the item's SKU is required.", new ItemInTop("Parent", 5, " ").Validate());
        Assert.Contains("minShare: must be a fraction between 0 and 1 (got 1.5).", new NewItemShare("Parent", 5, 1.5).Validate());
        Assert.Contains("persona: name the persona this is about.", new TagInTop("", 5, "x").Validate());
        Assert.Contains("referenceItemIds: save a reference list of at least one SKU.", new ReferenceOverlap("Parent", 5, [], 0.5).Validate());
    }
}
