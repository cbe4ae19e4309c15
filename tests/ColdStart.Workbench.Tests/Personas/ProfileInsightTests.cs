using ColdStart.Engine.Domain;
using ColdStart.Engine.Profiles;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Similarity;
using ColdStart.Workbench.Personas;

namespace ColdStart.Workbench.Tests.Personas;

public sealed class ProfileInsightTests
{
    // Four items in a 2-d space (both spaces alike): two Outdoor items near +x, a Kitchen item near +y, a Fashion item at −x.
    private static readonly CatalogIndex Catalog = CatalogIndex.Create(
        [MakeItem("A", "Outdoor", ["camping", "tent"]), MakeItem("B", "Outdoor", ["camping"]), MakeItem("C", "Kitchen", ["coffee"]), MakeItem("D", "Fashion", ["summer"])],
        VectorSpace.Create([1, 0, 2, 1, 0, 3, -1, 0], 2),
        VectorSpace.Create([1, 0, 2, 1, 0, 3, -1, 0], 2),
        [1, 1, 1, 1], [0.5f, 0.5f, 0.5f, 0.5f]);

    private static VectorInsight Describe(float[] vector, SimilaritySpace space = SimilaritySpace.Semantic) =>
        ProfileInsight.Describe(Catalog, new Profile("Tester", vector, vector, [], new HashSet<string>(), []), space);

    [Fact]
    public void Nearest_items_are_ranked_by_cosine_not_by_dot_product()
    {
        var insight = Describe([1, 0]);

        Assert.Equal(["A", "B", "C", "D"], insight.Items.Select(e => e.Detail));
        Assert.Equal(1f, insight.Items[0].Score, 5);
        Assert.Equal(2f / MathF.Sqrt(5), insight.Items[1].Score, 5);
        Assert.Equal(0f, insight.Items[2].Score, 5);
        Assert.Equal(-1f, insight.Items[3].Score, 5);
    }

    [Fact]
    public void Departments_are_scored_by_the_mean_cosine_to_their_items()
    {
        var insight = Describe([0, 1]);

        // Outdoor: cosine 0 to A (1,0) and 1/√5 to B (2,1), mean 0.224 (the heatmap's persona × department value).
        Assert.Equal(["Kitchen", "Outdoor", "Fashion"], insight.Departments.Select(e => e.Label));
        Assert.Equal(1f, insight.Departments[0].Score, 5);
        Assert.Equal(0.5f / MathF.Sqrt(5), insight.Departments[1].Score, 5);
        Assert.Equal("2 items", insight.Departments[1].Detail);
    }

    [Fact]
    public void Tags_are_counted_over_the_nearest_items()
    {
        var insight = Describe([1, 0], SimilaritySpace.Collaborative);

        Assert.Equal("collaborative", insight.Vector);
        Assert.Equal(("camping", 2f), (insight.Tags[0].Label, insight.Tags[0].Score));
        Assert.Equal("2 of the nearest 4 items", insight.Tags[0].Detail);
        Assert.Equal(4, insight.Tags.Count);
    }

    [Fact]
    public void A_zero_vector_has_no_neighbours()
    {
        var insight = Describe([0, 0], SimilaritySpace.Collaborative);

        Assert.True(insight.IsZero);
        Assert.Empty(insight.Items);
        Assert.Empty(insight.Departments);
    }

    [Fact]
    public void A_vector_of_the_wrong_dimension_is_rejected_naming_both_sizes()
    {
        var error = Assert.Throws<ArgumentException>(() => Describe([1, 0, 0]));

        Assert.Contains("'Tester'", error.Message);
        Assert.Contains("3 dimensions", error.Message);
        Assert.Contains("has 2", error.Message);
    }

    [Theory]
    [InlineData(1f, "rgb(255,0,0)")]
    [InlineData(-1f, "rgb(0,0,255)")]
    [InlineData(0f, "rgb(255,255,255)")]
    [InlineData(0.5f, "rgb(255,128,128)")]
    [InlineData(-4f, "rgb(0,0,255)")]
    public void Heat_colours_run_blue_white_red(float value, string colour)
    {
        Assert.Equal(colour, ProfileInsight.HeatColor(value, 1f));
    }

    private static Item MakeItem(string id, string department, string[] tags) =>
        new(id, $"Item {id}", "", department, "Thing", department, "", 10, new DateOnly(2025, 1, 1), tags);
}
