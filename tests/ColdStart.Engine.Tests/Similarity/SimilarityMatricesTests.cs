using ColdStart.Engine.Domain;
using ColdStart.Engine.Profiles;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Similarity;

namespace ColdStart.Engine.Tests.Similarity;

/// <summary>Three items with hand-picked 2-d vectors, so every cosine can be checked on paper.</summary>
public sealed class SimilarityMatricesTests
{
    private const float Tolerance = 1e-5f;
    private static readonly float InvSqrt2 = 1 / MathF.Sqrt(2);

    // Semantic: Tent (1,0), Stove (0,1), Espresso (1,1). Collaborative: Tent (3,4), Stove (4,3), Espresso (0,0).
    private static CatalogIndex Catalog(string thirdTitle = "Espresso maker") => CatalogIndex.Create(
        [MakeItem("SKU-1", "Trail tent", "Outdoor"), MakeItem("SKU-2", "Camp stove", "Outdoor"), MakeItem("SKU-3", thirdTitle, "Kitchen")],
        VectorSpace.Create([3, 4, 4, 3, 0, 0], 2),
        VectorSpace.Create([1, 0, 0, 1, 1, 1], 2),
        [1, 1, 1], [0.5f, 0.5f, 0.5f]);

    private static Item MakeItem(string id, string title, string department) =>
        new(id, title, "", department, "Thing", department, "Brand", 10, new DateOnly(2025, 1, 1), []);

    private static Profile MakeProfile(string name, float[] semantic, float[] collaborative) =>
        new(name, semantic, collaborative, [], new HashSet<string>(), []);

    private static readonly Profile[] Personas =
    [
        MakeProfile("Camper", [1, 0], [3, 4]),
        MakeProfile("Cook", [1, 1], [0, 0]),
    ];

    [Fact]
    public void Item_item_semantic_holds_the_pairwise_cosines_with_titles_as_labels()
    {
        var matrix = SimilarityMatrices.ItemItem(Catalog(), [0, 1, 2], SimilaritySpace.Semantic);

        Assert.Equal(["Trail tent", "Camp stove", "Espresso maker"], matrix.RowLabels);
        Assert.Equal(matrix.RowLabels, matrix.ColumnLabels);
        Assert.Equal(1f, matrix[0, 0], Tolerance);
        Assert.Equal(0f, matrix[0, 1], Tolerance);
        Assert.Equal(InvSqrt2, matrix[0, 2], Tolerance);
        Assert.Equal(InvSqrt2, matrix[2, 1], Tolerance);
        Assert.Equal(matrix[1, 2], matrix[2, 1]);
    }

    [Fact]
    public void Item_item_collaborative_uses_the_collaborative_rows_and_gives_zero_for_a_zero_row()
    {
        var matrix = SimilarityMatrices.ItemItem(Catalog(), [1, 0, 2], SimilaritySpace.Collaborative);

        Assert.Equal(["Camp stove", "Trail tent", "Espresso maker"], matrix.RowLabels);
        Assert.Equal(24f / 25f, matrix[0, 1], Tolerance);
        Assert.Equal(0f, matrix[0, 2]);
        Assert.Equal(0f, matrix[2, 2]);
        Assert.Contains("collaborative", matrix.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Persona_item_is_the_cosine_of_the_profile_vector_to_each_item_row()
    {
        var semantic = SimilarityMatrices.PersonaItem(Catalog(), Personas, [0, 1, 2], SimilaritySpace.Semantic);
        var collaborative = SimilarityMatrices.PersonaItem(Catalog(), Personas, [0, 1, 2], SimilaritySpace.Collaborative);

        Assert.Equal(["Camper", "Cook"], semantic.RowLabels);
        AssertRow([1f, 0f, InvSqrt2], semantic.Values[0]);
        AssertRow([InvSqrt2, InvSqrt2, 1f], semantic.Values[1]);
        AssertRow([1f, 24f / 25f, 0f], collaborative.Values[0]);
        Assert.Equal([0f, 0f, 0f], collaborative.Values[1]);
    }

    private static void AssertRow(float[] expected, float[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++) Assert.Equal(expected[i], actual[i], Tolerance);
    }

    [Fact]
    public void Persona_persona_compares_the_profiles_in_each_space()
    {
        var semantic = SimilarityMatrices.PersonaPersona(Personas, SimilaritySpace.Semantic);
        var collaborative = SimilarityMatrices.PersonaPersona(Personas, SimilaritySpace.Collaborative);

        Assert.Equal(1f, semantic[0, 0], Tolerance);
        Assert.Equal(InvSqrt2, semantic[0, 1], Tolerance);
        Assert.Equal(InvSqrt2, semantic[1, 0], Tolerance);
        Assert.Equal(1f, collaborative[0, 0], Tolerance);
        Assert.Equal(0f, collaborative[0, 1]);
        Assert.Equal(0f, collaborative[1, 1]);
    }

    [Fact]
    public void Persona_department_is_the_mean_cosine_to_the_department_items()
    {
        var matrix = SimilarityMatrices.PersonaDepartment(Catalog(), Personas, SimilaritySpace.Semantic);

        // Departments are sorted: Kitchen (Espresso) then Outdoor (Tent, Stove).
        Assert.Equal(["Kitchen", "Outdoor"], matrix.ColumnLabels);
        Assert.Equal(InvSqrt2, matrix[0, 0], Tolerance);        // Camper · Espresso
        Assert.Equal((1f + 0f) / 2, matrix[0, 1], Tolerance);   // Camper · (Tent + Stove) / 2
        Assert.Equal(1f, matrix[1, 0], Tolerance);              // Cook · Espresso
        Assert.Equal(InvSqrt2, matrix[1, 1], Tolerance);        // Cook · (Tent + Stove) / 2
    }

    [Fact]
    public void Persona_department_counts_a_zero_item_row_as_zero_similarity_in_the_mean()
    {
        var matrix = SimilarityMatrices.PersonaDepartment(Catalog(), Personas, SimilaritySpace.Collaborative);

        Assert.Equal(0f, matrix[0, 0]);                              // Espresso's collaborative row is zero
        Assert.Equal((1f + 24f / 25f) / 2, matrix[0, 1], Tolerance); // Camper · (Tent + Stove) / 2
        Assert.Equal([0f, 0f], matrix.Values[1]);                     // Cook has no collaborative vector
    }

    [Fact]
    public void Duplicate_titles_get_the_item_id_so_axis_labels_stay_unique()
    {
        var matrix = SimilarityMatrices.ItemItem(Catalog(thirdTitle: "Trail tent"), [0, 1, 2], SimilaritySpace.Semantic);

        Assert.Equal(["Trail tent (SKU-1)", "Camp stove", "Trail tent (SKU-3)"], matrix.RowLabels);
    }

    [Fact]
    public void An_item_index_outside_the_catalog_is_rejected_with_its_position()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => SimilarityMatrices.ItemItem(Catalog(), [0, 7], SimilaritySpace.Semantic));

        Assert.Contains("Item index 7 at position 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_profile_of_the_wrong_dimension_is_rejected_by_name()
    {
        Profile[] odd = [MakeProfile("Odd", [1, 0, 0], [1, 0])];

        var ex = Assert.Throws<ArgumentException>(() => SimilarityMatrices.PersonaDepartment(Catalog(), odd, SimilaritySpace.Semantic));

        Assert.Contains("'Odd'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("3 dimensions", ex.Message, StringComparison.Ordinal);
    }
}
