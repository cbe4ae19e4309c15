using ColdStart.Engine.Collaborative;
using ColdStart.Engine.Evaluation;
using ColdStart.Engine.Profiles;

namespace ColdStart.Engine.Tests.Evaluation;

[Collection(EvaluationCollection.Name)]
public class RandomRankerTests(EvaluationFixture fixture)
{
    [Fact]
    public void Same_seed_gives_the_same_list_and_another_seed_another()
    {
        var fold = Fold();
        var ranker = new RandomRanker();
        var first = ranker.Rank(fold, Case(seed: 17), 20);
        Assert.Equal(first, ranker.Rank(fold, Case(seed: 17), 20));
        Assert.NotEqual(first, ranker.Rank(fold, Case(seed: 18), 20));
    }

    [Fact]
    public void Lists_are_distinct_items_outside_the_excluded_set()
    {
        var fold = Fold();
        var excluded = Enumerable.Range(0, 300).ToHashSet(); // 100 of the 400 items stay rankable
        var list = new RandomRanker().Rank(fold, Case(seed: 3, excluded), 20);
        Assert.Equal(20, list.Length);
        Assert.Equal(20, list.Distinct().Count());
        Assert.All(list, i => Assert.InRange(i, 300, 399));
    }

    [Fact]
    public void Fewer_rankable_items_than_asked_gives_all_of_them()
    {
        var excluded = Enumerable.Range(0, 395).ToHashSet();
        var list = new RandomRanker().Rank(Fold(), Case(seed: 3, excluded), 20);
        Assert.Equal([395, 396, 397, 398, 399], list.Order());
    }

    private FoldContext Fold()
    {
        var snapshot = fixture.Trainer.Snapshots[0];
        return new FoldContext(snapshot, InteractionMatrix.From(snapshot.Dataset, EvaluationFixture.Training.Weights));
    }

    private static EvaluationCase Case(int seed, HashSet<int>? excluded = null)
    {
        var profile = new Profile("test", [], [], [], new HashSet<string>(), []);
        return new EvaluationCase(0, profile, [], excluded ?? [1, 2], new HashSet<int> { 5 }, seed);
    }
}
