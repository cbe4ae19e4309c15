using ColdStart.Engine.Collaborative;
using ColdStart.Engine.World;

namespace ColdStart.Engine.Tests.Collaborative;

/// <summary>The attribute model on the generated shop, whose users' tastes follow hidden archetypes that correlate with their attributes.</summary>
public sealed class SampleWorldAttributeTests
{
    [Fact]
    public void Attribute_model_beats_global_popularity_on_held_out_sample_world_users()
    {
        var world = SampleWorld.Generate(new SampleWorldOptions(Seed: 5, Items: 800, Users: 3000, TargetEvents: 48_000)).Dataset;
        int trainingUsers = world.Users.Count * 4 / 5;
        var entries = new List<(int User, int Item, float Weight)>();
        var heldOutItems = new HashSet<int>[world.Users.Count - trainingUsers];
        for (int u = 0; u < heldOutItems.Length; u++) heldOutItems[u] = [];
        foreach (var e in world.Events)
        {
            float weight = EventWeights.Default.For(e.Type);
            if (e.Item < 0 || weight <= 0) continue;
            if (e.User < trainingUsers) entries.Add((e.User, e.Item, weight));
            else heldOutItems[e.User - trainingUsers].Add(e.Item);
        }
        var matrix = InteractionMatrix.From(world.Users.Count, world.Items.Count, entries);
        var model = AlsTrainer.Train(matrix, new AlsOptions(Factors: 16, Iterations: 8));
        var attributes = AttributeModel.Train(world.Users, model);
        var popularity = new float[world.Items.Count];
        foreach (var (_, item, weight) in entries) popularity[item] += weight;
        var popularTop = VectorMath.TopK(popularity, 20).ToHashSet();

        double attributeRecall = 0, popularityRecall = 0;
        int measured = 0;
        for (int u = 0; u < heldOutItems.Length; u++)
        {
            var truth = heldOutItems[u];
            if (truth.Count == 0) continue;
            var predicted = attributes.Predict(world.Users[trainingUsers + u].Attributes);
            var top = VectorMath.TopK(VectorMath.Scores(model.ItemFactors, model.Factors, predicted), 20);
            attributeRecall += top.Count(truth.Contains) / (double)truth.Count;
            popularityRecall += popularTop.Count(truth.Contains) / (double)truth.Count;
            measured++;
        }

        Assert.True(measured > 400, $"only {measured} held-out users with items");
        attributeRecall /= measured;
        popularityRecall /= measured;
        Assert.True(attributeRecall > 1.1 * popularityRecall,
            $"recall@20 on {measured} held-out users: attribute model {attributeRecall:F4}, global popularity {popularityRecall:F4}");
    }
}
