using ColdStart.Engine.Comparison;
using ColdStart.Engine.Domain;

namespace ColdStart.Engine.Tests.Comparison;

public sealed class ListDiffTests
{
    [Fact]
    public void Entered_left_moved_and_kept_are_counted_by_hand()
    {
        var (a, b, c, d, e) = (Item("A"), Item("B"), Item("C"), Item("D"), Item("E"));

        // before: A B C D; after: B A C E → A 1→2, B 2→1, C kept at 3, D left from 4, E entered at 4.
        var change = ListDiff.Of([a, b, c, d], [b, a, c, e]);

        Assert.Equal([new ListEntry("E", "Title E", null, 4)], change.Entered);
        Assert.Equal([new ListEntry("D", "Title D", 4, null)], change.Left);
        Assert.Equal([new ListEntry("B", "Title B", 2, 1), new ListEntry("A", "Title A", 1, 2)], change.Moved);
        Assert.Equal(1, change.Kept);
        Assert.Equal([1, -1], change.Moved.Select(m => m.Delta));
        Assert.True(change.Changed);
    }

    [Fact]
    public void Equal_lists_have_no_change()
    {
        var list = new[] { Item("A"), Item("B") };

        var change = ListDiff.Of(list, list);

        Assert.False(change.Changed);
        Assert.Equal(2, change.Kept);
    }

    private static Item Item(string id) =>
        new(id, "Title " + id, "", "Dept", "Type", "Dept > Type", "", 1f, new DateOnly(2026, 1, 1), []);
}
