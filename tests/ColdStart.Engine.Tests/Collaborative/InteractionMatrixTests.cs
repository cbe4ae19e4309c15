using ColdStart.Engine.Collaborative;
using ColdStart.Engine.Domain;
using static ColdStart.Engine.Tests.Collaborative.TinyDataset;

namespace ColdStart.Engine.Tests.Collaborative;

public sealed class InteractionMatrixTests
{
    [Fact]
    public void Duplicate_user_item_events_are_summed_by_event_weight_and_searches_ignored()
    {
        var data = Of(
            [Item(0), Item(1), Item(2)],
            [User(0), User(1)],
            new Event(0, 2, EventType.View, Now),
            new Event(0, 2, EventType.Cart, Now),
            new Event(0, 2, EventType.Purchase, Now),
            new Event(0, -1, EventType.Search, Now, "lamp"),
            new Event(1, 0, EventType.View, Now),
            new Event(0, 1, EventType.View, Now),
            new Event(1, 0, EventType.View, Now));

        var matrix = InteractionMatrix.From(data, new EventWeights());

        Assert.Equal((2, 3, 3), (matrix.Users, matrix.Items, matrix.NonZeros));
        Assert.Equal([1, 2], matrix.ItemsOf(0).ToArray());
        Assert.Equal([1f, 15f], matrix.WeightsOf(0).ToArray());
        Assert.Equal([0], matrix.ItemsOf(1).ToArray());
        Assert.Equal([2f], matrix.WeightsOf(1).ToArray());
    }

    [Fact]
    public void Item_major_copy_matches_the_user_major_rows()
    {
        var matrix = InteractionMatrix.From(3, 2, [(2, 0, 1f), (0, 0, 4f), (1, 1, 2f), (0, 1, 1f), (2, 0, 3f)]);

        Assert.Equal([0, 2], matrix.UsersOf(0).ToArray());
        Assert.Equal([4f, 4f], matrix.UserWeightsOf(0).ToArray());
        Assert.Equal([0, 1], matrix.UsersOf(1).ToArray());
        Assert.Equal([1f, 2f], matrix.UserWeightsOf(1).ToArray());
    }

    [Fact]
    public void Events_with_out_of_range_indices_or_zero_weight_are_skipped()
    {
        var data = Of(
            [Item(0)],
            [User(0)],
            new Event(0, 5, EventType.View, Now),
            new Event(4, 0, EventType.View, Now),
            new Event(0, 0, EventType.View, Now),
            new Event(0, 0, EventType.Cart, Now));

        var matrix = InteractionMatrix.From(data, new EventWeights(View: 0));

        Assert.Equal(1, matrix.NonZeros);
        Assert.Equal([4f], matrix.WeightsOf(0).ToArray());
    }

    [Fact]
    public void Explicit_entries_out_of_range_are_rejected_naming_the_entry()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => InteractionMatrix.From(2, 2, [(0, 0, 1f), (0, 2, 1f)]));

        Assert.Contains("Entry 1: item 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_or_nan_weights_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => InteractionMatrix.From(1, 1, [(0, 0, -1f)]));
        Assert.Throws<ArgumentException>(() => InteractionMatrix.From(1, 1, [(0, 0, float.NaN)]));
    }

    [Fact]
    public void Asking_for_a_row_out_of_range_throws()
    {
        var matrix = InteractionMatrix.From(1, 1, [(0, 0, 1f)]);

        Assert.Throws<ArgumentOutOfRangeException>(() => matrix.ItemsOf(1).Length);
        Assert.Throws<ArgumentOutOfRangeException>(() => matrix.UsersOf(-1).Length);
    }
}
