using ColdStart.Engine.Evaluation;

namespace ColdStart.Engine.Tests.Evaluation;

public class MetricsTests
{
    private const float Tolerance = 1e-5f;

    // ranked = [5, 3, 8, 1, 9], relevant = {3, 9, 7}: hits at 0-based ranks 1 (item 3) and 4 (item 9).
    private static readonly int[] Ranked = [5, 3, 8, 1, 9];
    private static readonly HashSet<int> Relevant = [3, 9, 7];

    [Fact]
    public void Ndcg_at_10_matches_hand_computation()
    {
        // DCG  = 1/log2(3) + 1/log2(6) = 0.6309298 + 0.3868528 = 1.0177826
        // IDCG = 1/log2(2) + 1/log2(3) + 1/log2(4) = 1 + 0.6309298 + 0.5 = 2.1309298 (min(10, 3) = 3 ideal hits)
        // NDCG = 1.0177826 / 2.1309298 = 0.4776239
        Assert.Equal(0.4776239f, Metrics.NdcgAt(Ranked, Relevant, 10), Tolerance);
    }

    [Fact]
    public void Ndcg_cuts_at_k_and_normalises_by_min_of_k_and_relevant()
    {
        // k = 2: DCG = 1/log2(3) = 0.6309298; IDCG = 1 + 0.6309298 = 1.6309298; NDCG = 0.3868528
        Assert.Equal(0.3868528f, Metrics.NdcgAt(Ranked, Relevant, 2), Tolerance);
    }

    [Fact]
    public void Ndcg_is_one_for_an_ideal_ranking_and_zero_without_hits()
    {
        Assert.Equal(1f, Metrics.NdcgAt([3, 9, 7, 1], Relevant, 10), Tolerance);
        Assert.Equal(0f, Metrics.NdcgAt([1, 2, 4], Relevant, 10));
    }

    [Fact]
    public void Recall_counts_hits_over_all_relevant_items()
    {
        // top 20 holds 3 and 9: 2 / 3; top 2 holds only 3: 1 / 3
        Assert.Equal(2f / 3f, Metrics.RecallAt(Ranked, Relevant, 20), Tolerance);
        Assert.Equal(1f / 3f, Metrics.RecallAt(Ranked, Relevant, 2), Tolerance);
    }

    [Fact]
    public void Hit_rate_is_one_when_any_relevant_item_is_in_the_top_k()
    {
        Assert.Equal(1f, Metrics.HitRateAt(Ranked, Relevant, 10));
        Assert.Equal(0f, Metrics.HitRateAt(Ranked, Relevant, 1)); // top 1 is item 5, not relevant
    }

    [Fact]
    public void Reciprocal_rank_is_one_over_the_rank_of_the_first_hit()
    {
        Assert.Equal(0.5f, Metrics.ReciprocalRank(Ranked, Relevant)); // first hit (item 3) at rank 2
        Assert.Equal(0.2f, Metrics.ReciprocalRank([1, 2, 4, 8, 7], Relevant), Tolerance); // item 7 at rank 5
        Assert.Equal(0f, Metrics.ReciprocalRank([1, 2], Relevant));
    }

    [Fact]
    public void Per_user_metrics_are_zero_without_relevant_items()
    {
        var none = new HashSet<int>();
        Assert.Equal(0f, Metrics.NdcgAt(Ranked, none, 10));
        Assert.Equal(0f, Metrics.RecallAt(Ranked, none, 20));
        Assert.Equal(0f, Metrics.HitRateAt(Ranked, none, 10));
    }

    [Fact]
    public void Catalog_coverage_is_the_share_of_distinct_recommended_items()
    {
        // {0,1,2} ∪ {2,3} ∪ {3,4} = {0,1,2,3,4}: 5 of 10 items
        Assert.Equal(0.5f, Metrics.CatalogCoverage([[0, 1, 2], [2, 3], [3, 4]], 10));
    }

    [Fact]
    public void Catalog_coverage_rejects_items_outside_the_catalog()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Metrics.CatalogCoverage([[0, 10]], 10));
    }

    [Fact]
    public void Intra_list_diversity_is_mean_pairwise_dissimilarity()
    {
        // sim(0,1) = 0.8, sim(0,2) = 0.2, sim(1,2) = 0.5 → (0.2 + 0.8 + 0.5) / 3 = 0.5
        static float Similarity(int a, int b) => (Math.Min(a, b), Math.Max(a, b)) switch
        {
            (0, 1) => 0.8f,
            (0, 2) => 0.2f,
            (1, 2) => 0.5f,
            _ => throw new ArgumentException("unexpected pair"),
        };

        Assert.Equal(0.5f, Metrics.IntraListDiversity([0, 1, 2], Similarity), Tolerance);
        Assert.Equal(0f, Metrics.IntraListDiversity([1], Similarity));
    }

    [Fact]
    public void Novelty_is_mean_self_information_of_the_items()
    {
        // p = [0.5, 0.25, 0.125, 0.125]; list [0, 2]: (−log2 0.5 − log2 0.125) / 2 = (1 + 3) / 2 = 2
        float[] shares = [0.5f, 0.25f, 0.125f, 0.125f];
        Assert.Equal(2f, Metrics.Novelty([0, 2], shares), Tolerance);
    }

    [Fact]
    public void Novelty_rejects_a_zero_popularity_share()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Metrics.Novelty([1], new[] { 1f, 0f }));
    }

    [Fact]
    public void Popularity_shares_are_add_one_smoothed()
    {
        // counts [3, 0, 1]: total = 4 + 3 items = 7 → [4/7, 1/7, 2/7]
        var shares = Metrics.PopularityShares([3, 0, 1]);
        Assert.Equal([4f / 7, 1f / 7, 2f / 7], shares);
    }

    [Fact]
    public void Cut_off_k_must_be_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Metrics.NdcgAt(Ranked, Relevant, 0));
    }

    [Fact]
    public void Overlap_counts_shared_items_once_over_n()
    {
        Assert.Equal(0.5, Metrics.Overlap([1, 2, 3, 4], [4, 9, 2, 8], 4), 12);
        Assert.Equal(0.25, Metrics.Overlap(["a", "b"], ["b", "b", "c"], 4), 12);
        Assert.Equal(0, Metrics.Overlap<int>([], [], 0));
    }
}
