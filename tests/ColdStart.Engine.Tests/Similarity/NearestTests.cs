using ColdStart.Engine.Domain;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Similarity;

namespace ColdStart.Engine.Tests.Similarity;

public sealed class NearestTests
{
    [Fact]
    public void The_best_come_first()
    {
        var top = Nearest.Top([0.1f, 0.9f, -0.5f, 0.4f], 3);

        Assert.Equal([new Neighbour(1, 0.9f), new Neighbour(3, 0.4f), new Neighbour(0, 0.1f)], top);
    }

    [Fact]
    public void Equal_scores_break_by_the_scorers_tie_key_not_by_position()
    {
        var top = Nearest.Top(new float[200], 10);

        Assert.Equal(Enumerable.Range(0, 200).OrderBy(TopK.TieKey).Take(10), top.Select(n => n.Index));
    }

    [Fact]
    public void Asking_for_more_than_there_are_gives_all_and_none_gives_none()
    {
        Assert.Equal(2, Nearest.Top([1f, 2f], 5).Length);
        Assert.Empty(Nearest.Top([1f, 2f], 0));
    }

    [Fact]
    public void Nearest_items_and_departments_rank_the_cosines_and_the_department_centroids()
    {
        // Semantic: Tent (1,0), Stove (0,1), Espresso (1,1); Tent and Stove are Outdoor, Espresso is Kitchen.
        var catalog = CatalogIndex.Create(
            [MakeItem("SKU-1", "Outdoor", ["camping", "tent"]), MakeItem("SKU-2", "Outdoor", ["camping"]), MakeItem("SKU-3", "Kitchen", ["coffee"])],
            VectorSpace.Create([3, 4, 4, 3, 0, 0], 2), VectorSpace.Create([1, 0, 0, 1, 1, 1], 2), [1, 1, 1], [0.5f, 0.5f, 0.5f]);

        var items = Nearest.Items(catalog, [1, 0.2f], SimilaritySpace.Semantic, 2);
        var departments = Nearest.Departments(Centroids.Departments(catalog, SimilaritySpace.Semantic), [0, 1], 2);

        Assert.Equal([0, 2], items.Select(n => n.Index));
        Assert.Equal(Cosines.Of([1, 0.2f], [1, 0]), items[0].Score);
        Assert.Equal(["Kitchen", "Outdoor"], departments.Select(n => catalog.Departments[n.Index]));
        Assert.Equal(0.5f, departments[1].Score, 1e-6f);
        Assert.Equal([new TagCount("camping", 2), new TagCount("coffee", 1)], Nearest.Tags(catalog, items.Append(new Neighbour(1, 0)), 2));
    }

    private static Item MakeItem(string id, string department, string[] tags) =>
        new(id, id, "", department, "Thing", department, "Brand", 10, new DateOnly(2025, 1, 1), tags);
}
