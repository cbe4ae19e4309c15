using ColdStart.Engine.Collaborative;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Evaluation;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Training;
using ColdStart.Engine.World;
using ColdStart.Tests.Shared;

namespace ColdStart.Engine.Tests.Contracts;

/// <summary>
/// What every ranker must do, whatever its model (in the style of implicit's shared recommender tests): the lab's rows —
/// random, popularity, item-kNN, the Scorer's strategies, the item-to-item neighbour model, TF-IDF, the tuned rows' fallback
/// strategies — all run through these cases on one trained fold of a small world. Adding a ranker is one line in <see cref="Rankers"/>.
/// </summary>
public sealed class RankerContractTests(RankerContractTests.Fold fold) : IClassFixture<RankerContractTests.Fold>
{
    private static readonly Dictionary<string, Func<ListRanker>> Factories = new()
    {
        ["Random"] = () => new RandomRanker(),
        ["Global popularity"] = () => new StrategyRanker(Baselines.PopularityOnly, baseline: true, globalPopularity: true),
        ["Segment popularity"] = () => new StrategyRanker(Baselines.PopularityOnly, baseline: true),
        ["Item-kNN"] = () => new ItemKnnRanker(),
        ["Collaborative only"] = () => new StrategyRanker(Strategy.CollaborativeOnly, baseline: true),
        ["Semantic only"] = () => new StrategyRanker(Strategy.SemanticOnly, baseline: true),
        ["TF-IDF content"] = () => new StrategyRanker(Baselines.TfIdfContent, baseline: true),
        ["Item-to-item"] = () => new StrategyRanker(new Strategy("Item-to-item", new BlendWeights(0, 0, 0, 0, 1), 0, []), baseline: false),
        ["Item-to-item + popularity (untuned)"] = () => new TunedRanker("i2i+pop", true, t => t.ItemToItemPopularity, Baselines.UntunedItemToItemPopularity),
        ["Balanced (with MMR diversity)"] = () => new StrategyRanker(Strategy.Balanced, baseline: false),
        ["Auto (untuned)"] = () => new TunedRanker("Auto", false, t => t.Auto, Baselines.UntunedAuto),
    };

    public static TheoryData<string> Rankers => [.. Factories.Keys];

    public static TheoryData<string> RankersButRandom => [.. Factories.Keys.Where(k => k != "Random")];

    [Theory, MemberData(nameof(Rankers))]
    public void Lists_hold_distinct_catalog_items_none_of_them_excluded(string name)
    {
        var ranker = Factories[name]();
        foreach (var testCase in fold.Cases)
        {
            var list = ranker.Rank(fold.Context, testCase, 20);
            Assert.Equal(20, list.Length);
            Assert.Equal(list.Length, list.Distinct().Count());
            Assert.All(list, i => Assert.InRange(i, 0, fold.Catalog - 1));
            Assert.DoesNotContain(list, testCase.Excluded.Contains);
        }
    }

    [Theory, MemberData(nameof(Rankers))]
    public void The_same_case_gets_the_same_list(string name)
    {
        var testCase = fold.Cases[0];
        Assert.Equal(Factories[name]().Rank(fold.Context, testCase, 20), Factories[name]().Rank(fold.Context, testCase, 20));
    }

    [Theory, MemberData(nameof(Rankers))]
    public void Asking_for_more_than_the_catalog_returns_every_rankable_item_once(string name)
    {
        var testCase = fold.Cases[1];
        var list = Factories[name]().Rank(fold.Context, testCase, fold.Catalog + 10);
        Assert.Equal(fold.Catalog - testCase.Excluded.Count, list.Length);
        Assert.Equal(list.Length, list.Distinct().Count());
    }

    [Theory, MemberData(nameof(Rankers))]
    public void The_full_order_ranks_every_rankable_item_and_begins_with_the_list_unless_diversity_reorders_it(string name)
    {
        var ranker = Factories[name]();
        var testCase = fold.Cases[2];
        var order = ranker.Order(fold.Context, testCase);
        Assert.Equal(fold.Catalog - testCase.Excluded.Count, order.Length);
        Assert.Equal(order.Length, order.Distinct().Count());
        Assert.DoesNotContain(order, testCase.Excluded.Contains);
        var list = ranker.Rank(fold.Context, testCase, 20);
        if (name.Contains("MMR", StringComparison.Ordinal)) Assert.Equal(list.Order(), list.Intersect(order.Take(60)).Order()); // MMR picks from the best 3k
        else Assert.Equal(list, order[..20]);
    }

    [Theory, MemberData(nameof(RankersButRandom))]
    public void Every_ranker_but_random_finds_more_of_what_test_users_took_than_random(string name)
    {
        double Mean(ListRanker ranker) => fold.Cases.Average(c => Metrics.NdcgAt(ranker.Rank(fold.Context, c, 20), c.Relevant, 10));
        double random = Mean(new RandomRanker()), ours = Mean(Factories[name]());
        Assert.True(ours > random, $"{name}: NDCG@10 {ours:0.0000} is not above random's {random:0.0000} on {fold.Cases.Count} test users.");
    }

    /// <summary>One new-user fold of a small sample world (test users never in training), with cases that reveal 3 items.</summary>
    public sealed class Fold : IDisposable
    {
        private readonly FoldModel _model;

        public Fold()
        {
            var data = SampleWorld.Generate(new SampleWorldOptions(Seed: 21, Items: 300, Users: 500, TargetEvents: 12_000, Days: 60)).Dataset;
            var foldSplit = NewUserSplit.Create(data, 5, 42).Folds[0];
            var training = FoldData.ForNewUsers(data, foldSplit);
            var options = TrainingOptions.Default with { Als = TrainingOptions.Default.Als with { Factors = 16, Iterations = 6 } };
            _model = new FoldTrainer(options, new WordHashEncoder()).Train(training, CancellationToken.None);
            Context = new FoldContext(_model.Snapshot, InteractionMatrix.From(training, options.Weights));
            Catalog = data.Items.Count;
            var cases = new List<EvaluationCase>();
            foreach (int user in foldSplit.TestUsers)
            {
                if (foldSplit.Reveal(user, 3) is not { } revealed) continue;
                var seeds = Array.ConvertAll(revealed.RevealedItems, i => data.Items[i].Id);
                var persona = new Persona($"Test user {user}", data.Users[user].Attributes, "", seeds, [.. revealed.Queries]);
                var profile = _model.Snapshot.Profiles.Build(persona) with { SeenItems = revealed.RevealedItems };
                cases.Add(new EvaluationCase(user, profile, revealed.RevealedItems, new HashSet<int>(revealed.RevealedItems), revealed.Relevant, user));
            }
            Cases = cases;
        }

        internal FoldContext Context { get; }
        internal IReadOnlyList<EvaluationCase> Cases { get; }
        public int Catalog { get; }

        public void Dispose() => _model.Dispose();
    }
}
