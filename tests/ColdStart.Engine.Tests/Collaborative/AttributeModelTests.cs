using ColdStart.Engine.Collaborative;
using ColdStart.Engine.Domain;

namespace ColdStart.Engine.Tests.Collaborative;

public sealed class AttributeModelTests
{
    private static readonly AlsOptions Options = new(Factors: 8, Iterations: 10);

    [Fact]
    public void Attribute_model_beats_global_popularity_on_held_out_users()
    {
        var training = PlantedWorld.Generate(userCount: 400, seed: 21, tasteAccuracy: 0.8);
        var heldOut = PlantedWorld.Generate(userCount: 200, seed: 22, tasteAccuracy: 0.8);
        var matrix = training.Matrix();
        var model = AlsTrainer.Train(matrix, Options);
        var attributes = AttributeModel.Train(training.Users, model);
        var popularity = new float[matrix.Items];
        for (int i = 0; i < matrix.Items; i++)
        {
            popularity[i] = matrix.UsersOf(i).Length;
        }

        var popularTop = VectorMath.TopK(popularity, 10).ToHashSet();
        double attributeRecall = 0, popularityRecall = 0;
        for (int u = 0; u < heldOut.Users.Length; u++)
        {
            var predicted = attributes.Predict(heldOut.Users[u].Attributes);
            var top = VectorMath.TopK(VectorMath.Scores(model.ItemFactors, model.Factors, predicted), 10).ToHashSet();
            var truth = heldOut.ItemsOfUser[u];
            attributeRecall += truth.Count(top.Contains) / (double)truth.Count;
            popularityRecall += truth.Count(popularTop.Contains) / (double)truth.Count;
        }

        attributeRecall /= heldOut.Users.Length;
        popularityRecall /= heldOut.Users.Length;
        Assert.True(
            attributeRecall > 1.3 * popularityRecall,
            $"recall@10 attribute model {attributeRecall:F3} vs global popularity {popularityRecall:F3}");
    }

    [Fact]
    public void Features_are_the_supported_name_value_pairs_in_ordinal_order()
    {
        var world = PlantedWorld.Generate(userCount: 100, seed: 23);
        var attributes = AttributeModel.Train(world.Users, AlsTrainer.Train(world.Matrix(), Options));

        Assert.Equal(["device=desktop", "device=mobile", "taste=t0", "taste=t1", "taste=t2", "taste=t3"], attributes.Features);
    }

    [Fact]
    public void A_visitor_without_known_attributes_gets_the_mean_vector_of_users_with_interactions()
    {
        var world = PlantedWorld.Generate(userCount: 100, seed: 24);
        var model = AlsTrainer.Train(world.Matrix(), Options);
        var attributes = AttributeModel.Train(world.Users, model);
        var mean = new float[model.Factors];
        for (int u = 0; u < model.UserCount; u++)
        {
            System.Numerics.Tensors.TensorPrimitives.Add(mean, model.UserVector(u), mean);
        }

        System.Numerics.Tensors.TensorPrimitives.Divide(mean, model.UserCount, mean);

        var empty = attributes.Predict(new Dictionary<string, string>());
        var unknown = attributes.Predict(new Dictionary<string, string> { ["taste"] = "t9", ["planet"] = "mars" });

        Assert.Equal(mean, empty, (a, b) => Math.Abs(a - b) < 1e-4f);
        Assert.Equal(empty, unknown);
    }

    [Fact]
    public void A_missing_attribute_contributes_nothing_and_names_and_values_ignore_case_and_spaces()
    {
        var world = PlantedWorld.Generate(userCount: 200, seed: 25);
        var model = AlsTrainer.Train(world.Matrix(), Options);
        var attributes = AttributeModel.Train(world.Users, model);

        var tasteOnly = attributes.Predict(new Dictionary<string, string> { ["taste"] = "t2" });
        var tasteAndUnknownDevice = attributes.Predict(new Dictionary<string, string> { ["taste"] = "t2", ["device"] = "watch" });
        var shouted = attributes.Predict(new Dictionary<string, string> { [" Taste "] = "T2" });

        Assert.Equal(tasteOnly, tasteAndUnknownDevice);
        Assert.Equal(tasteOnly, shouted);
        Assert.NotEqual(tasteOnly, attributes.Predict(new Dictionary<string, string> { ["taste"] = "t3" }));
    }

    [Fact]
    public void Users_without_interactions_are_left_out_of_training()
    {
        var users = Enumerable.Range(0, 8)
            .Select(u => new User($"U{u}", new Dictionary<string, string> { ["tier"] = u < 4 ? "plus" : "guest" }))
            .ToArray();
        var matrix = InteractionMatrix.From(8, 3, [(0, 0, 1f), (1, 0, 1f), (2, 0, 1f), (3, 1, 1f)]);
        var model = AlsTrainer.Train(matrix, Options);

        var attributes = AttributeModel.Train(users, model);

        Assert.Equal(["tier=plus"], attributes.Features);
    }

    [Fact]
    public void Training_checks_that_users_match_the_model()
    {
        var world = PlantedWorld.Generate(userCount: 20, seed: 26);
        var model = AlsTrainer.Train(world.Matrix(), Options);

        var error = Assert.Throws<ArgumentException>(() => AttributeModel.Train(world.Users[..10], model));

        Assert.Contains("10 users", error.Message, StringComparison.Ordinal);
    }
}
