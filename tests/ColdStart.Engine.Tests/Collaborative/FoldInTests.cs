using ColdStart.Engine.Collaborative;

namespace ColdStart.Engine.Tests.Collaborative;

public sealed class FoldInTests
{
    private static readonly AlsOptions Options = new(Factors: 8, Iterations: 15);

    [Fact]
    public void Fold_in_of_a_training_users_own_interactions_reproduces_its_trained_vector()
    {
        var matrix = PlantedWorld.Generate(userCount: 200, seed: 11).Matrix();
        var model = AlsTrainer.Train(matrix, Options);

        for (int u = 0; u < matrix.Users; u++)
        {
            var folded = model.FoldIn(matrix.ItemsOf(u), matrix.WeightsOf(u));

            float cosine = VectorMath.Cosine(folded, model.UserVector(u));
            Assert.True(cosine >= 0.95f, $"user {u}: cosine {cosine:F3}");
        }
    }

    [Fact]
    public void Fold_in_matches_full_retrain()
    {
        var world = PlantedWorld.Generate(userCount: 240, seed: 12);
        var all = world.Matrix();
        var full = AlsTrainer.Train(all, Options);

        for (int u = 0; u < world.Users.Length; u += 20)
        {
            int heldOut = u;
            var partial = AlsTrainer.Train(world.Matrix(v => v == heldOut), Options);
            var folded = partial.FoldIn(all.ItemsOf(u), all.WeightsOf(u));

            // Factor models are defined up to a rotation, so compare what the vectors do: their scores over all items.
            var foldedScores = VectorMath.Scores(partial.ItemFactors, partial.Factors, folded);
            var retrainedScores = VectorMath.Scores(full.ItemFactors, full.Factors, full.UserVector(u));
            float cosine = VectorMath.Cosine(foldedScores, retrainedScores);
            Assert.True(cosine >= 0.95f, $"user {u} held out of training: score cosine {cosine:F3}");
        }
    }

    [Fact]
    public void Duplicate_items_are_summed_and_zero_weights_ignored()
    {
        var model = AlsTrainer.Train(PlantedWorld.Generate(userCount: 60, seed: 13).Matrix(), Options);

        var merged = model.FoldIn([3, 7], [5f, 1f]);
        var split = model.FoldIn([7, 3, 3, 9], [1f, 2f, 3f, 0f]);

        Assert.Equal(merged, split);
    }

    [Fact]
    public void Fold_in_without_interactions_is_the_zero_vector()
    {
        var model = AlsTrainer.Train(PlantedWorld.Generate(userCount: 30, seed: 14).Matrix(), Options);

        Assert.Equal(new float[model.Factors], model.FoldIn([], []));
    }

    [Fact]
    public void Fold_in_rejects_an_item_index_out_of_range_naming_it()
    {
        var model = AlsTrainer.Train(PlantedWorld.Generate(userCount: 30, seed: 14).Matrix(), Options);

        var error = Assert.Throws<ArgumentException>(() => model.FoldIn([1, PlantedWorld.Items], [1f, 1f]));

        Assert.Equal("items", error.ParamName);
        Assert.Contains($"item index {PlantedWorld.Items}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(float.NaN, "NaN")]
    [InlineData(-1f, "-1")]
    [InlineData(float.PositiveInfinity, "Infinity")]
    public void Fold_in_rejects_a_weight_that_is_not_a_finite_non_negative_number(float weight, string shown)
    {
        var model = AlsTrainer.Train(PlantedWorld.Generate(userCount: 30, seed: 14).Matrix(), Options);

        var error = Assert.Throws<ArgumentException>(() => model.FoldIn([1, 2], [1f, weight]));

        Assert.Equal("weights", error.ParamName);
        Assert.Contains(shown, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fold_in_rejects_mismatched_lengths()
    {
        var model = AlsTrainer.Train(PlantedWorld.Generate(userCount: 30, seed: 14).Matrix(), Options);

        Assert.Throws<ArgumentException>(() => model.FoldIn([1, 2], [1f]));
    }

    [Fact]
    public void With_item_factors_replaces_item_rows_and_fold_in_uses_them()
    {
        var model = AlsTrainer.Train(PlantedWorld.Generate(userCount: 60, seed: 15).Matrix(), Options);
        var replaced = (float[])model.ItemFactors.Clone();
        var cold = new float[model.Factors];
        cold[0] = 1f;
        cold.CopyTo(replaced, 5 * model.Factors);

        var updated = model.WithItemFactors(replaced);

        Assert.Equal(cold, updated.ItemVector(5).ToArray());
        Assert.Equal(model.UserFactors, updated.UserFactors);
        Assert.NotSame(replaced, updated.ItemFactors);
        Assert.Equal(model.ItemVector(5).ToArray(), model.ItemFactors.AsSpan(5 * model.Factors, model.Factors).ToArray());
        Assert.NotEqual(model.FoldIn([5], [1f]), updated.FoldIn([5], [1f]));
        Assert.Throws<ArgumentException>(() => model.WithItemFactors(new float[3]));
    }
}
