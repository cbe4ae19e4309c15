using ColdStart.Engine.Evaluation;

namespace ColdStart.Engine.Tests.Evaluation;

public class FoldDataTests
{
    [Fact]
    public void New_user_training_drops_test_users_and_renumbers_the_rest_in_order()
    {
        var data = SplitWorld.Create();
        var fold = NewUserSplit.Create(data, folds: 3).Folds[1];
        var training = FoldData.ForNewUsers(data, fold);

        var kept = Enumerable.Range(0, data.Users.Count).Where(u => !fold.IsTestUser(u)).ToArray();
        Assert.Equal(kept.Select(u => data.Users[u]), training.Users);
        Assert.Equal(fold.TrainingEvents.Count, training.Events.Count);
        for (int i = 0; i < training.Events.Count; i++)
        {
            var original = fold.TrainingEvents[i];
            Assert.Equal(data.Users[original.User], training.Users[training.Events[i].User]);
            Assert.Equal(original with { User = training.Events[i].User }, training.Events[i]);
        }
        Assert.Same(data.Items, training.Items);
        Assert.Contains("fold 2", training.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void New_item_training_keeps_users_and_searches_but_no_held_out_item()
    {
        var data = SplitWorld.Create();
        var split = NewItemSplit.Create(data, itemShare: 0.25, seed: 3);
        var training = FoldData.ForNewItems(data, split);
        Assert.Same(data.Users, training.Users);
        Assert.DoesNotContain(training.Events, e => split.IsHeldOut(e.Item));
        Assert.Equal(data.Events.Count(e => e.Item < 0), training.Events.Count(e => e.Item < 0));
        Assert.Equal(data.Events.Count(e => !split.IsHeldOut(e.Item)), training.Events.Count);
    }
}
