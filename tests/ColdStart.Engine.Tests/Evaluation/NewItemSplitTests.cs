using ColdStart.Engine.Domain;
using ColdStart.Engine.Evaluation;

namespace ColdStart.Engine.Tests.Evaluation;

public class NewItemSplitTests
{
    private static readonly Dataset World = SplitWorld.Create();

    [Fact]
    public void Held_out_items_have_no_training_events()
    {
        var split = NewItemSplit.Create(World, itemShare: 0.25);
        Assert.NotEmpty(split.HeldOutItems);
        Assert.All(split.TrainingEvents, e => Assert.False(split.IsHeldOut(e.Item)));
        Assert.Contains(split.TrainingEvents, e => e.Type == EventType.Search); // searches stay
    }

    [Fact]
    public void Training_keeps_every_event_on_other_items()
    {
        var split = NewItemSplit.Create(World, itemShare: 0.25);
        Assert.Equal(World.Events.Where(e => e.Item < 0 || !split.HeldOutItems.Contains(e.Item)), split.TrainingEvents);
    }

    [Fact]
    public void Share_counts_only_items_with_positive_interactions()
    {
        var positiveItems = World.Events.Where(e => e.Type is EventType.Cart or EventType.Purchase).Select(e => e.Item).Distinct().Count();
        var split = NewItemSplit.Create(World, itemShare: 0.25);
        Assert.Equal((int)Math.Round(0.25 * positiveItems, MidpointRounding.AwayFromZero), split.HeldOutItems.Count);
        Assert.DoesNotContain(SplitWorld.ViewedOnlyItem, split.HeldOutItems);
        Assert.Equal(split.HeldOutItems.Order(), split.HeldOutItems);
    }

    [Fact]
    public void Cases_hold_each_users_positive_held_out_items()
    {
        // Item 0: purchased by users 0 and 1. Item 1: only viewed. Item 2: carted by user 2, viewed by user 1.
        Event[] events =
        [
            new(0, 0, EventType.Purchase, 1), new(1, 0, EventType.Purchase, 2), new(0, 1, EventType.View, 3),
            new(2, 2, EventType.Cart, 4), new(1, 2, EventType.View, 5),
        ];
        var data = new Dataset("tiny", World.Items.Take(3).ToArray(), World.Users.Take(3).ToArray(), events);

        var split = NewItemSplit.Create(data, itemShare: 0.5); // candidates {0, 2}: round(0.5 × 2) = 1 held out
        var heldOut = Assert.Single(split.HeldOutItems);
        int[] expectedUsers = heldOut == 0 ? [0, 1] : [2]; // user 1 only viewed item 2: not a case
        Assert.Equal(expectedUsers, split.Cases.Select(c => c.User));
        Assert.All(split.Cases, c => Assert.Equal([heldOut], c.Relevant.ToArray()));
        Assert.Equal(events.Where(e => e.Item != heldOut), split.TrainingEvents);
    }

    [Fact]
    public void Same_seed_holds_out_the_same_items_and_another_seed_differs()
    {
        Assert.Equal(NewItemSplit.Create(World, 0.25, seed: 1).HeldOutItems, NewItemSplit.Create(World, 0.25, seed: 1).HeldOutItems);
        Assert.NotEqual(NewItemSplit.Create(World, 0.25, seed: 1).HeldOutItems, NewItemSplit.Create(World, 0.25, seed: 2).HeldOutItems);
    }

    [Fact]
    public void Share_outside_zero_to_one_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NewItemSplit.Create(World, itemShare: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => NewItemSplit.Create(World, itemShare: 1));
    }
}
