using ColdStart.Engine.Domain;
using ColdStart.Engine.Scoring;
using ColdStart.Workbench.Personas;

namespace ColdStart.Workbench.Tests.Personas;

public sealed class ProfileInsightTests
{
    // Four items in a 2-d space: two Outdoor items near +x, a Kitchen item near +y, a Fashion item at −x.
    private static readonly Item[] Items =
    [
        MakeItem("A", "Outdoor", ["camping", "tent"]),
        MakeItem("B", "Outdoor", ["camping"]),
        MakeItem("C", "Kitchen", ["coffee"]),
        MakeItem("D", "Fashion", ["summer"]),
    ];

    private static readonly VectorSpace Space = VectorSpace.Create([1, 0, 2, 1, 0, 3, -1, 0], 2);

    [Fact]
    public void Nearest_items_are_ranked_by_cosine_not_by_dot_product()
    {
        var insight = new ProfileInsight(Items).Describe("semantic", [1, 0], Space);

        Assert.Equal(["A", "B", "C", "D"], insight.Items.Select(e => e.Detail));
        Assert.Equal(1f, insight.Items[0].Score, 5);
        Assert.Equal(2f / MathF.Sqrt(5), insight.Items[1].Score, 5);
        Assert.Equal(0f, insight.Items[2].Score, 5);
        Assert.Equal(-1f, insight.Items[3].Score, 5);
    }

    [Fact]
    public void Departments_are_scored_against_the_mean_of_their_items()
    {
        var insight = new ProfileInsight(Items).Describe("semantic", [0, 1], Space);

        // Outdoor mean (1.5, 0.5): cosine with (0,1) = 0.5 / |(1.5,0.5)| = 0.316.
        Assert.Equal(["Kitchen", "Outdoor", "Fashion"], insight.Departments.Select(e => e.Label));
        Assert.Equal(0.5f / MathF.Sqrt(2.5f), insight.Departments[1].Score, 5);
        Assert.Equal("2 items", insight.Departments[1].Detail);
    }

    [Fact]
    public void Tags_are_counted_over_the_nearest_items()
    {
        var insight = new ProfileInsight(Items).Describe("collaborative", [1, 0], Space);

        Assert.Equal(("camping", 2f), (insight.Tags[0].Label, insight.Tags[0].Score));
        Assert.Equal(4, insight.Tags.Count);
    }

    [Fact]
    public void A_zero_vector_has_no_neighbours()
    {
        var insight = new ProfileInsight(Items).Describe("collaborative", [0, 0], Space);

        Assert.True(insight.IsZero);
        Assert.Empty(insight.Items);
        Assert.Empty(insight.Departments);
    }

    [Fact]
    public void A_vector_of_the_wrong_dimension_is_rejected_naming_both_sizes()
    {
        var error = Assert.Throws<ArgumentException>(() => new ProfileInsight(Items).Describe("semantic", [1, 0, 0], Space));

        Assert.Contains("3 components", error.Message);
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
