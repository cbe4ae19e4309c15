using ColdStart.Engine.Collaborative;

namespace ColdStart.Engine.Tests.Collaborative;

public sealed class CollaborativeModelTests
{
    [Fact]
    public void A_model_built_from_factors_exposes_rows_by_index()
    {
        var model = new CollaborativeModel(2, [1, 2, 3, 4, 5, 6], [7, 8], regularization: 0.1f, alpha: 2f);

        Assert.Equal((2, 3, 1), (model.Factors, model.ItemCount, model.UserCount));
        Assert.Equal([5f, 6f], model.ItemVector(2).ToArray());
        Assert.Equal([7f, 8f], model.UserVector(0).ToArray());
        Assert.Throws<ArgumentOutOfRangeException>(() => model.ItemVector(3).Length);
    }

    [Fact]
    public void Fold_in_solves_the_ridge_system_by_hand()
    {
        // One item y = (1, 0), weight w = e − 1 so c = 1 + α·ln(1 + w) = 1 + α = 3 with α = 2; λ = 1.
        // A = YᵀY + (c − 1)·y yᵀ + λI = diag(1 + 2 + 1, 0 + 0 + 1) = diag(4, 1); b = c·y = (3, 0); x = (0.75, 0).
        var model = new CollaborativeModel(2, [1, 0], [0, 0], regularization: 1f, alpha: 2f);

        var x = model.FoldIn([0], [MathF.E - 1]);

        Assert.Equal(0.75f, x[0], 1e-5f);
        Assert.Equal(0f, x[1], 1e-6f);
    }

    [Fact]
    public void Constructing_from_factors_checks_shapes_and_values()
    {
        Assert.Equal("itemFactors", Assert.Throws<ArgumentException>(() => new CollaborativeModel(2, [1, 2, 3], [1, 2], 0.1f, 2f)).ParamName);
        Assert.Equal("userFactors", Assert.Throws<ArgumentException>(() => new CollaborativeModel(2, [1, 2], [1, float.NaN], 0.1f, 2f)).ParamName);
        Assert.Equal("regularization", Assert.Throws<ArgumentException>(() => new CollaborativeModel(2, [1, 2], [1, 2], 0f, 2f)).ParamName);
        Assert.Equal("alpha", Assert.Throws<ArgumentException>(() => new CollaborativeModel(2, [1, 2], [1, 2], 0.1f, -1f)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new CollaborativeModel(0, [], [], 0.1f, 2f));
    }
}
