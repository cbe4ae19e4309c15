using ColdStart.Engine.Suites;

namespace ColdStart.Engine.Tests.Suites;

public sealed class SuiteDiffTests
{
    [Fact]
    public void Flipped_added_and_removed_expectations_and_entered_left_moved_items_are_named()
    {
        var before = Run(SuiteLists.Parent(), new ItemInTop("Parent", 3, "SKU-4"), new TagInTop("Parent", 5, "camping"), new NewItemShare("Parent", 5, 0.2));
        var reordered = new PersonaList("Parent",
        [
            new(1, "SKU-4", "Espresso maker", "Kitchen", "Brava", ["coffee"], true),
            new(2, "SKU-1", "Trail tent", "Outdoor", "Alpina", ["camping"], true),
            new(3, "SKU-3", "Linen shirt", "Fashion", "Nordwear", ["summer"], false),
            new(4, "SKU-7", "Hammock", "Outdoor", "Alpina", ["camping"], false),
            new(5, "SKU-5", "Ultralight tent", "Outdoor", "Alpina", ["camping", "new"], false),
        ]);
        var after = Run(reordered, new ItemInTop("Parent", 3, "SKU-4"), new TagInTop("Parent", 5, "camping"), new DistinctDepartments("Parent", 5, 2));

        var diff = SuiteDiff.Compare(before, after);

        Assert.Equal(3, diff.Flipped.Count);
        var flipped = diff.Flipped.Single(f => f.Sentence.StartsWith("SKU-4", StringComparison.Ordinal));
        Assert.Equal((false, true), (flipped.Before, flipped.After));
        Assert.Equal("SKU-4 is at #1.", flipped.ObservedAfter);
        Assert.Contains(diff.Flipped, f => f.Before is null && f.After == true && f.Sentence.Contains("departments", StringComparison.Ordinal));
        Assert.Contains(diff.Flipped, f => f.Before == true && f.After is null && f.Sentence.Contains("new items", StringComparison.Ordinal));
        Assert.DoesNotContain(diff.Flipped, f => f.Sentence.Contains("camping", StringComparison.Ordinal)); // held both times

        var list = Assert.Single(diff.Lists);
        Assert.Equal([new ListEntry("SKU-7", "Hammock", 4)], list.Entered);
        Assert.Equal([new ListEntry("SKU-2", "Camp stove", 2)], list.Left);
        Assert.Equal([new ListMove("SKU-4", "Espresso maker", 4, 1), new ListMove("SKU-1", "Trail tent", 1, 2)], list.Moved);
    }

    [Fact]
    public void Two_runs_of_the_same_lists_differ_in_nothing()
    {
        var run = Run(SuiteLists.Parent(), new ItemInTop("Parent", 3, "SKU-4"));

        Assert.True(SuiteDiff.Compare(run, run).IsEmpty);
    }

    [Fact]
    public void A_list_that_only_got_longer_reports_no_entries()
    {
        var full = SuiteLists.Parent();
        var shorter = full with { Items = full.Top(3) };

        var diff = SuiteDiff.Compare(Run(shorter, new ItemInTop("Parent", 3, "SKU-1")), Run(full, new ItemInTop("Parent", 5, "SKU-1")));

        Assert.True(diff.Lists[0].IsEmpty);
    }

    private static SuiteRunResult Run(PersonaList list, params Expectation[] expectations)
    {
        var results = expectations.Select((e, i) =>
        {
            var check = e.Check(list);
            return new ExpectationResult(i, e, e.Sentence, check.Held, check.Observed);
        }).ToList();
        return new SuiteRunResult("suite", "Balanced", "s", "m", "c", results, [list]);
    }
}
