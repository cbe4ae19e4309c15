using ColdStart.Engine.Domain;
using ColdStart.Engine.Evaluation;

namespace ColdStart.Engine.Tests.Evaluation;

public class NewUserSplitTests
{
    private static readonly Dataset World = SplitWorld.Create();

    [Fact]
    public void Only_users_with_two_positive_items_are_eligible()
    {
        var split = NewUserSplit.Create(World);
        Assert.Equal(Enumerable.Range(0, 15), split.EligibleUsers);
        Assert.DoesNotContain(SplitWorld.OnePositiveUser, split.EligibleUsers); // purchase + cart of the same item
        Assert.DoesNotContain(SplitWorld.ViewsOnlyUser, split.EligibleUsers);
    }

    [Fact]
    public void Folds_partition_the_eligible_users_evenly()
    {
        var split = NewUserSplit.Create(World, folds: 4);
        var all = split.Folds.SelectMany(f => f.TestUsers).ToList();
        Assert.Equal(split.EligibleUsers, all.Order());
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.All(split.Folds, f => Assert.InRange(f.TestUsers.Count, 3, 4)); // 15 users in 4 folds: 4, 4, 4, 3
        Assert.Equal([0, 1, 2, 3], split.Folds.Select(f => f.Index));
    }

    [Fact]
    public void Test_users_never_appear_in_training_events()
    {
        foreach (var fold in NewUserSplit.Create(World).Folds)
        {
            Assert.All(fold.TrainingEvents, e => Assert.False(fold.IsTestUser(e.User)));
            Assert.All(fold.TestUsers, u => Assert.DoesNotContain(fold.TrainingEvents, e => e.User == u));
        }
    }

    [Fact]
    public void Training_keeps_every_event_of_the_other_users()
    {
        foreach (var fold in NewUserSplit.Create(World).Folds)
        {
            var expected = World.Events.Where(e => !fold.TestUsers.Contains(e.User)).ToList();
            Assert.Equal(expected, fold.TrainingEvents);
        }
    }

    [Fact]
    public void Same_seed_gives_the_same_folds_and_another_seed_differs()
    {
        static int[][] Folds(int seed) => NewUserSplit.Create(World, seed: seed).Folds.Select(f => f.TestUsers.ToArray()).ToArray();
        Assert.Equal(Folds(42), Folds(42));
        Assert.NotEqual(Folds(42), Folds(43));
    }

    [Fact]
    public void Reveal_shows_the_first_k_interactions_by_time_and_hides_later_positives()
    {
        var fold = FoldOf(0, NewUserSplit.Create(SplitWorld.Create(sortEvents: false)));

        var k0 = fold.Reveal(0, 0)!;
        Assert.Empty(k0.Revealed);
        Assert.Empty(k0.Queries);
        Assert.Equal(new HashSet<int> { 5, 6, 7, 8 }, k0.Relevant);

        // Timeline by time: search tent, view 5, purchase 5, view 6, search stove, cart 7, purchase 8, view 9, purchase 6.
        var k1 = fold.Reveal(0, 1)!;
        Assert.Equal([5], k1.RevealedItems);
        Assert.Equal(["tent"], k1.Queries);
        Assert.Equal(new HashSet<int> { 6, 7, 8 }, k1.Relevant); // purchase of 5 is hidden but 5 was revealed

        var k3 = fold.Reveal(0, 3)!;
        Assert.Equal([EventType.View, EventType.Purchase, EventType.View], k3.Revealed.Select(e => e.Type));
        Assert.Equal([5, 6], k3.RevealedItems);
        Assert.Equal(new HashSet<int> { 7, 8 }, k3.Relevant); // the later purchase of 6 is excluded: 6 was revealed

        var k4 = fold.Reveal(0, 4)!;
        Assert.Equal(["tent", "stove"], k4.Queries);
        Assert.Equal(new HashSet<int> { 8 }, k4.Relevant);
    }

    [Fact]
    public void Reveal_skips_a_user_with_no_hidden_positive_or_too_few_interactions()
    {
        var fold = FoldOf(0, NewUserSplit.Create(World));
        Assert.Null(fold.Reveal(0, 5)); // remaining: view 9 and purchase 6, but 6 was revealed
        Assert.Null(fold.Reveal(0, 7)); // exactly 7 item events: nothing left to hide
        Assert.Null(fold.Reveal(0, 8));
    }

    [Fact]
    public void Revealed_and_hidden_items_are_disjoint_for_every_test_user()
    {
        var split = NewUserSplit.Create(World);
        var cases = 0;
        foreach (var fold in split.Folds)
        {
            foreach (var user in fold.TestUsers)
            {
                foreach (var k in new[] { 0, 1, 3, 5 })
                {
                    if (fold.Reveal(user, k) is not { } revealed) continue;
                    cases++;
                    Assert.Equal(k, revealed.Revealed.Count);
                    Assert.All(revealed.Revealed, e => Assert.Equal(user, e.User));
                    Assert.DoesNotContain(revealed.RevealedItems, revealed.Relevant.Contains);
                    Assert.NotEmpty(revealed.Relevant);
                }
            }
        }

        Assert.True(cases >= 15 * 3, $"only {cases} cases"); // every user has 6+ item events, so k = 0, 1, 3 all apply
    }

    [Fact]
    public void Reveal_rejects_a_user_of_another_fold()
    {
        var split = NewUserSplit.Create(World);
        var other = split.Folds.First(f => !f.IsTestUser(0));
        Assert.Throws<ArgumentException>(() => other.Reveal(0, 1));
    }

    [Fact]
    public void Too_few_eligible_users_for_the_folds_is_an_error()
    {
        var ex = Assert.Throws<ArgumentException>(() => NewUserSplit.Create(World, folds: 16));
        Assert.Contains("Only 15 users", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => NewUserSplit.Create(World, folds: 1));
    }

    private static NewUserFold FoldOf(int user, NewUserSplit split) => split.Folds.Single(f => f.IsTestUser(user));
}
