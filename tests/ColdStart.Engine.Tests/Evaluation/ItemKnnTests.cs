using ColdStart.Engine.Collaborative;
using ColdStart.Engine.Evaluation;

namespace ColdStart.Engine.Tests.Evaluation;

public class ItemKnnTests
{
    // Users → items: u0 {0, 1}, u1 {0, 1, 2}, u2 {1, 2}, u3 {3}. So U(0) = {0, 1}, U(1) = {0, 1, 2}, U(2) = {1, 2}, U(3) = {3}:
    // cos(0, 1) = 2 / √(2·3) = 0.8165, cos(0, 2) = 1 / √(2·2) = 0.5, cos(1, 2) = 2 / √(3·2) = 0.8165, cos(·, 3) = 0.
    private static readonly ItemKnn Knn = new(InteractionMatrix.From(4, 5,
    [
        (0, 0, 1f), (0, 1, 4f), (1, 0, 1f), (1, 1, 1f), (1, 2, 10f), (2, 1, 1f), (2, 2, 1f), (3, 3, 1f),
    ]));

    private static readonly int[] PopularityOrder = [3, 4, 2, 1, 0];

    [Fact]
    public void Similarity_is_the_cosine_of_user_sets_whatever_the_weights()
    {
        Assert.Equal(2 / MathF.Sqrt(6), Knn.Similarity(0, 1), 5);
        Assert.Equal(0.5f, Knn.Similarity(0, 2), 5);
        Assert.Equal(2 / MathF.Sqrt(6), Knn.Similarity(1, 2), 5);
        Assert.Equal(0f, Knn.Similarity(0, 3));
        Assert.Equal(0f, Knn.Similarity(0, 4)); // item 4 has no users
        Assert.Equal(1f, Knn.Similarity(2, 2), 5);
    }

    [Fact]
    public void Score_sums_the_cosines_to_every_revealed_item()
    {
        var scores = Knn.Score([0, 2]);
        Assert.Equal(1f + 0.5f, scores[0], 5);              // cos(0,0) + cos(2,0)
        Assert.Equal(2 * 2 / MathF.Sqrt(6), scores[1], 5);  // cos(0,1) + cos(2,1)
        Assert.Equal(0.5f + 1f, scores[2], 5);
        Assert.Equal(0f, scores[3]);
        Assert.Equal(0f, scores[4]);
    }

    [Fact]
    public void Duplicate_revealed_items_count_once()
    {
        Assert.Equal(Knn.Score([0]), Knn.Score([0, 0]));
    }

    [Fact]
    public void Rank_orders_by_score_then_fills_with_the_fallback_order()
    {
        var ranked = Knn.Rank([0], 5, new HashSet<int> { 0 }, PopularityOrder);
        Assert.Equal([1, 2, 3, 4], ranked); // 0.82, 0.5, then unscored items in popularity order
    }

    [Fact]
    public void Rank_with_nothing_revealed_is_the_fallback_order_without_excluded_items()
    {
        var ranked = Knn.Rank([], 3, new HashSet<int> { 4 }, PopularityOrder);
        Assert.Equal([3, 2, 1], ranked);
    }

    [Fact]
    public void Equal_scores_keep_the_fallback_order()
    {
        // Revealing item 1: items 0 and 2 both score 0.8165; the fallback order puts 2 before 0.
        var ranked = Knn.Rank([1], 2, new HashSet<int> { 1 }, PopularityOrder);
        Assert.Equal([2, 0], ranked);
    }

    [Fact]
    public void Out_of_range_items_are_rejected_with_the_range()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Knn.Score([7]));
        Assert.Contains("[0, 5)", error.Message, StringComparison.Ordinal);
    }
}
