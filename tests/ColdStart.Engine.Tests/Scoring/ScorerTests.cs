using ColdStart.Engine.Scoring;
using ColdStart.Engine.Similarity;
using static ColdStart.Engine.Tests.Scoring.ScoringFixture;

namespace ColdStart.Engine.Tests.Scoring;

public class ScorerTests
{
    [Fact]
    public void Explanation_parts_add_up_to_the_score()
    {
        var scorer = new Scorer(Catalog(500));
        var result = scorer.Rank(Profile(), Strategy(rules: [new TagRule("eco", 0.5f), new TagRule("sale", -0.3f)]), 20);
        Assert.Equal(20, result.Items.Count);
        foreach (var item in result.Items)
        {
            Assert.Equal(item.Score, item.Explanation.Parts.Sum(p => p.Value), 4);
            Assert.Equal(6 + item.Item.Tags.Count(t => t is "eco" or "sale"), item.Explanation.Parts.Count);
        }
    }

    [Fact]
    public void Scores_match_a_plain_reference_computation()
    {
        var catalog = Catalog(300);
        var profile = Profile();
        var weights = new BlendWeights(0.4f, 0.3f, 0.2f, 0.1f);
        var reference = ReferenceScores(catalog, profile, weights);
        var expectedOrder = Enumerable.Range(0, catalog.Count).OrderByDescending(i => reference[i]).ThenBy(i => i).Take(25).ToArray();

        var result = new Scorer(catalog).Rank(profile, Strategy(weights), 25);

        Assert.Equal(expectedOrder, result.Items.Select(i => i.Index).ToArray());
        foreach (var item in result.Items) Assert.Equal(reference[item.Index], item.Score, 3);
    }

    [Fact]
    public void Parallel_pass_over_a_large_catalog_equals_the_reference()
    {
        var catalog = Catalog(70_000, seed: 5);
        var profile = Profile(seed: 9);
        var weights = new BlendWeights(0.5f, 0.5f, 0.1f, 0f);
        var reference = ReferenceScores(catalog, profile, weights);
        var expected = Enumerable.Range(0, catalog.Count).OrderByDescending(i => reference[i]).ThenBy(i => i).Take(50).ToArray();

        var result = new Scorer(catalog).Rank(profile, Strategy(weights), 50);

        Assert.Equal(expected, result.Items.Select(i => i.Index).ToArray());
    }

    [Fact]
    public void Weight_zero_removes_a_components_influence()
    {
        var catalog = Catalog(400);
        var weights = new BlendWeights(0.6f, 0f, 0.3f, 0.1f);
        var a = new Scorer(catalog).Rank(Profile(seed: 2), Strategy(weights), 30);
        var otherSemantic = Profile(seed: 2) with { Semantic = RandomRows(new Random(77), 1, 8) };
        var b = new Scorer(catalog).Rank(otherSemantic, Strategy(weights), 30);

        Assert.Equal(a.Items.Select(i => i.Index), b.Items.Select(i => i.Index));
        Assert.All(a.Items, i => Assert.Equal(0f, i.Explanation.Component(ScorePart.Semantic)));
    }

    [Fact]
    public void Ranking_is_deterministic_and_ties_do_not_break_by_catalog_order()
    {
        var catalog = Catalog(200);
        var allTied = Strategy(new BlendWeights(0, 0, 0, 0));
        var result = new Scorer(catalog).Rank(Profile(), allTied, 10);
        var expected = Enumerable.Range(0, 200).OrderBy(TopK.TieKey).Take(10);
        Assert.Equal(expected, result.Items.Select(i => i.Index));
        Assert.NotEqual(Enumerable.Range(0, 10), result.Items.Select(i => i.Index));
        var again = new Scorer(catalog).Rank(Profile(), Strategy(), 10);
        var again2 = new Scorer(catalog).Rank(Profile(), Strategy(), 10);
        Assert.Equal(again.Items.Select(i => (i.Index, i.Score)), again2.Items.Select(i => (i.Index, i.Score)));
    }

    [Theory]
    [InlineData(float.NaN, "Collaborative weight must be a finite number")]
    [InlineData(-0.5f, "Collaborative weight must not be negative")]
    public void Bad_weights_are_rejected_with_a_message(float weight, string message)
    {
        var scorer = new Scorer(Catalog(50));
        var ex = Assert.Throws<ArgumentException>(() => scorer.Rank(Profile(), Strategy(new BlendWeights(weight, 1, 0, 0)), 5));
        Assert.Contains(message, ex.Message);
    }

    [Fact]
    public void Diversity_lambda_outside_unit_interval_is_rejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Scorer(Catalog(50)).Rank(Profile(), Strategy(lambda: 1.5f), 5));
        Assert.Contains("Diversity λ", ex.Message);
    }

    [Fact]
    public void Empty_catalog_gives_a_clear_error()
    {
        var empty = VectorSpace.Create([], 4);
        var ex = Assert.Throws<ArgumentException>(() => CatalogIndex.Create([], empty, empty, [], []));
        Assert.Contains("catalog is empty", ex.Message);
    }

    [Fact]
    public void Profile_without_signal_warns_that_the_weight_has_no_effect()
    {
        var profile = Profile() with { Collaborative = new float[8] };
        var result = new Scorer(Catalog(100)).Rank(profile, Strategy(), 5);
        Assert.Contains(result.Warnings, w => w.Contains("no collaborative signal"));
        Assert.All(result.Items, i => Assert.Equal(0f, i.Explanation.Component(ScorePart.Collaborative)));
    }

    [Fact]
    public void Diversity_reduces_similarity_within_the_list()
    {
        var catalog = Catalog(2000, seed: 3);
        var plain = new Scorer(catalog).Rank(Profile(), Strategy(lambda: 0), 10);
        var diverse = new Scorer(catalog).Rank(Profile(), Strategy(lambda: 0.7f), 10);
        Assert.True(MeanPairwiseSimilarity(catalog, diverse) < MeanPairwiseSimilarity(catalog, plain));
        Assert.Equal(plain.Items[0].Index, diverse.Items[0].Index);
        Assert.Contains(diverse.Items.Skip(1), i => i.Explanation.DiversityPenalty > 0);
    }

    private static double MeanPairwiseSimilarity(CatalogIndex catalog, RankResult result)
    {
        var ids = result.Items.Select(i => i.Index).ToArray();
        double sum = 0;
        int pairs = 0;
        for (int a = 0; a < ids.Length; a++)
            for (int b = a + 1; b < ids.Length; b++, pairs++) sum += catalog.Semantic.Cosine(ids[a], ids[b]);
        return sum / pairs;
    }

    /// <summary>Straightforward weighted z-scores computed with LINQ over explicit per-item dot products.</summary>
    internal static double[] ReferenceScores(CatalogIndex catalog, Engine.Profiles.Profile profile, BlendWeights w)
    {
        double[] Z(double[] raw)
        {
            double mean = raw.Average();
            double sd = Math.Sqrt(raw.Select(x => (x - mean) * (x - mean)).Average());
            return raw.Select(x => sd > 0 ? (x - mean) / sd : 0).ToArray();
        }
        double[] Dots(VectorSpace space, float[] q) =>
            Enumerable.Range(0, catalog.Count).Select(i => space.Row(i).ToArray().Zip(q, (a, b) => (double)a * b).Sum()).ToArray();
        var c = Z(Dots(catalog.Collaborative, profile.Collaborative));
        var s = Z(Dots(catalog.Semantic, profile.Semantic));
        var p = Z(catalog.Popularity.Select(x => Math.Log(1 + x)).ToArray());
        var f = Z(catalog.Freshness.Select(x => (double)x).ToArray());
        return Enumerable.Range(0, catalog.Count).Select(i => w.Collaborative * c[i] + w.Semantic * s[i] + w.Popularity * p[i] + w.Freshness * f[i]).ToArray();
    }
}
