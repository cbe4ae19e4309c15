using ColdStart.Engine.Collaborative;

namespace ColdStart.Engine.Tests.Collaborative;

public sealed class AlsTrainerTests
{
    private static readonly AlsOptions Small = new(Factors: 8, Iterations: 10);

    [Fact]
    public void Als_ranks_unseen_items_of_the_users_planted_cluster_above_other_clusters()
    {
        var world = PlantedWorld.Generate(userCount: 300, seed: 1);
        var model = AlsTrainer.Train(world.Matrix(), Small);

        double aucSum = 0;
        for (int u = 0; u < world.Users.Length; u++)
        {
            var scores = VectorMath.Scores(model.ItemFactors, model.Factors, model.UserVector(u));
            var seen = world.ItemsOfUser[u].ToHashSet();
            var inside = Enumerable.Range(0, PlantedWorld.Items).Where(i => !seen.Contains(i) && PlantedWorld.ClusterOfItem(i) == world.ClusterOfUser[u]).ToArray();
            var outside = Enumerable.Range(0, PlantedWorld.Items).Where(i => !seen.Contains(i) && PlantedWorld.ClusterOfItem(i) != world.ClusterOfUser[u]).ToArray();
            int wins = inside.Sum(i => outside.Count(j => scores[i] > scores[j]));
            aucSum += wins / (double)(inside.Length * outside.Length);
        }

        double auc = aucSum / world.Users.Length;
        Assert.True(auc > 0.9, $"mean AUC of unseen same-cluster items vs other clusters was {auc:F3}");
    }

    [Fact]
    public void Users_of_the_same_planted_cluster_get_closer_vectors_than_users_of_different_clusters()
    {
        var world = PlantedWorld.Generate(userCount: 200, seed: 2);
        var model = AlsTrainer.Train(world.Matrix(), Small);

        double same = 0, different = 0;
        int sameCount = 0, differentCount = 0;
        for (int a = 0; a < world.Users.Length; a++)
        {
            for (int b = a + 1; b < world.Users.Length; b++)
            {
                double cosine = VectorMath.Cosine(model.UserVector(a), model.UserVector(b));
                if (world.ClusterOfUser[a] == world.ClusterOfUser[b])
                {
                    same += cosine;
                    sameCount++;
                }
                else
                {
                    different += cosine;
                    differentCount++;
                }
            }
        }

        Assert.True(same / sameCount > 0.5, $"mean same-cluster cosine {same / sameCount:F3}");
        Assert.True(different / differentCount < 0.2, $"mean cross-cluster cosine {different / differentCount:F3}");
    }

    [Fact]
    public void Training_twice_with_the_same_options_gives_bit_identical_factors()
    {
        var matrix = PlantedWorld.Generate(userCount: 150, seed: 3).Matrix();

        var first = AlsTrainer.Train(matrix, Small);
        var second = AlsTrainer.Train(matrix, Small);

        Assert.Equal(first.ItemFactors, second.ItemFactors);
        Assert.Equal(first.UserFactors, second.UserFactors);
    }

    [Fact]
    public async Task Factors_do_not_depend_on_the_number_of_threads()
    {
        var matrix = PlantedWorld.Generate(userCount: 150, seed: 3).Matrix();
        var oneThread = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, maxConcurrencyLevel: 1).ConcurrentScheduler;

        var parallel = AlsTrainer.Train(matrix, Small);
        var sequential = await Task.Factory.StartNew(
            () => AlsTrainer.Train(matrix, Small), CancellationToken.None, TaskCreationOptions.None, oneThread);

        Assert.Equal(parallel.ItemFactors, sequential.ItemFactors);
        Assert.Equal(parallel.UserFactors, sequential.UserFactors);
    }

    [Fact]
    public void A_different_seed_gives_different_factors()
    {
        var matrix = PlantedWorld.Generate(userCount: 150, seed: 3).Matrix();

        var first = AlsTrainer.Train(matrix, Small);
        var second = AlsTrainer.Train(matrix, Small with { Seed = 7 });

        Assert.NotEqual(first.ItemFactors, second.ItemFactors);
    }

    [Fact]
    public void Model_has_the_matrix_shape_and_the_training_settings()
    {
        var matrix = PlantedWorld.Generate(userCount: 50, seed: 4).Matrix();

        var model = AlsTrainer.Train(matrix, new AlsOptions(Factors: 6, Regularization: 0.5f, Iterations: 2, Alpha: 3f));

        Assert.Equal((6, 50, PlantedWorld.Items), (model.Factors, model.UserCount, model.ItemCount));
        Assert.Equal(50 * 6, model.UserFactors.Length);
        Assert.Equal(PlantedWorld.Items * 6, model.ItemFactors.Length);
        Assert.Equal((0.5f, 3f), (model.Regularization, model.Alpha));
    }

    [Fact]
    public void Items_and_users_without_interactions_get_zero_vectors()
    {
        var matrix = InteractionMatrix.From(3, 4, [(0, 0, 1f), (0, 1, 4f), (1, 1, 1f)]);

        var model = AlsTrainer.Train(matrix, Small);

        Assert.All(model.UserVector(2).ToArray(), v => Assert.Equal(0f, v));
        Assert.All(model.ItemVector(3).ToArray(), v => Assert.Equal(0f, v));
        Assert.Contains(model.UserVector(0).ToArray(), v => v != 0f);
    }

    [Fact]
    public void Progress_is_reported_once_per_iteration_up_to_one()
    {
        var matrix = PlantedWorld.Generate(userCount: 30, seed: 5).Matrix();
        var reports = new List<double>();

        AlsTrainer.Train(matrix, Small with { Iterations = 4 }, new ImmediateProgress(reports.Add));

        Assert.Equal([0, 0.25, 0.5, 0.75, 1], reports);
    }

    [Fact]
    public void Cancelled_training_throws_OperationCanceledException()
    {
        var matrix = PlantedWorld.Generate(userCount: 30, seed: 5).Matrix();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => AlsTrainer.Train(matrix, Small, ct: cancelled.Token));
    }

    [Fact]
    public void Training_on_an_empty_matrix_says_there_are_no_interactions()
    {
        var matrix = InteractionMatrix.From(5, 5, []);

        var error = Assert.Throws<InvalidOperationException>(() => AlsTrainer.Train(matrix, Small));

        Assert.Contains("no interactions", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 0.1f, 15, "Factors")]
    [InlineData(8, 0f, 15, "Regularization")]
    [InlineData(8, float.NaN, 15, "Regularization")]
    [InlineData(8, 0.1f, 0, "Iterations")]
    public void Invalid_options_are_rejected_naming_the_setting(int factors, float regularization, int iterations, string name)
    {
        var matrix = InteractionMatrix.From(1, 1, [(0, 0, 1f)]);

        var error = Assert.Throws<ArgumentException>(() => AlsTrainer.Train(matrix, new AlsOptions(factors, regularization, iterations)));

        Assert.Equal(name, error.ParamName);
        Assert.Contains(name, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_options_are_64_factors_lambda_0_1_15_iterations_alpha_2_seed_42()
    {
        var options = new AlsOptions();

        Assert.Equal((64, 0.1f, 15, 2f, 42), (options.Factors, options.Regularization, options.Iterations, options.Alpha, options.Seed));
        Assert.Equal(new EventWeights(1, 4, 10), options.EffectiveWeights);
    }

    private sealed class ImmediateProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
